import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { STORAGE_KEY } from "./support/checklist";
import { readAllStorage, seedStorage } from "./support/storage";

const CORRUPTED = '{"state":{"assessment":{"checklist":{"id":"jarjestoystavallinen-kunta"'; // cut off mid-write

test("corrupted saved data shows a Finnish error and is kept in a backup key", async ({ context, page }) => {
  await seedStorage(context, CORRUPTED);
  const app = new AppShell(page);
  await app.open("/");

  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  const alert = app.alert("Tallennettua arviointia ei voitu lukea");
  await expect(alert).toBeVisible();
  // The problem itself is named in Finnish (common.json problem.invalidJson).
  await expect(alert).toContainText("tiedosto ei ole kelvollista JSON-muotoa");
  await expect(alert.getByRole("button", { name: "Lataa varmuuskopio tiedostona" })).toBeVisible();

  const storage = await readAllStorage(page);
  const backups = Object.entries(storage).filter(([key]) => key.startsWith(`${STORAGE_KEY}:backup:`));
  expect(backups.map(([, value]) => value)).toEqual([CORRUPTED]);

  // A reload must not lose the backup, even though the main key no longer holds the damaged text.
  await page.reload();
  await app.heading.waitFor();
  const afterReload = await readAllStorage(page);
  expect(Object.values(afterReload)).toContain(CORRUPTED);
});
