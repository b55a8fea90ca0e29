import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { StartPage } from "./pages/start-page";
import { STORAGE_KEY } from "./support/checklist";
import { readAllStorage, seedStorage } from "./support/storage";

const CORRUPTED = '{"state":{"assessment":{"checklist":{"id":"jarjestoystavallinen-kunta"'; // cut off mid-write

test("a corrupted old save shows a Finnish error, is offered as a file and is left untouched", async ({
  context,
  page,
}) => {
  await seedStorage(context, CORRUPTED);
  const app = new AppShell(page);
  await app.open("/");

  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  const alert = app.alert("Tallennettua arviointia ei voitu lukea");
  await expect(alert).toBeVisible();
  // The problem itself is named in Finnish (common.json problem.invalidJson).
  await expect(alert).toContainText("tiedosto ei ole kelvollista JSON-muotoa");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    alert.getByRole("button", { name: "Lataa varmuuskopio tiedostona" }).click(),
  ]);
  expect(await readFile(await download.path(), "utf8")).toBe(CORRUPTED);

  // Starting anew goes into the database; the damaged original is neither overwritten nor copied.
  await new StartPage(page).startNew();
  await page.reload();
  await app.heading.waitFor();
  await expect(app.alert("Tallennettua arviointia ei voitu lukea")).toBeVisible();
  const storage = await readAllStorage(page);
  // Beside it only the two flags the first paint reads (language, whether an assessment is open), no copy.
  const flags = [`${STORAGE_KEY}:language`, `${STORAGE_KEY}:has-assessment`];
  expect(Object.keys(storage).filter((key) => key.startsWith(STORAGE_KEY) && !flags.includes(key))).toEqual([
    STORAGE_KEY,
  ]);
  expect(storage[STORAGE_KEY]).toBe(CORRUPTED);
});
