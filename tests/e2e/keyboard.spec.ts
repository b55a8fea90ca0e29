import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { ThemePage } from "./pages/theme-page";
import { checklist } from "./support/checklist";
import { tabTo } from "./support/keyboard";
import { readSavedAssessment } from "./support/storage";

test("keyboard only: skip link, start, answer an item, reach the results", async ({ page }) => {
  const app = new AppShell(page, "fi");
  await app.open("/");

  // The skip link is the first stop on the page.
  await page.keyboard.press("Tab");
  await expect(app.skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(app.main).toBeFocused();

  const startNew = page.getByRole("button", { name: app.t("assessment:start.newButton") });
  await tabTo(page, startNew);
  await page.keyboard.press("Enter");
  await expect(app.heading).toHaveText(app.t("assessment:details.title"));

  const [theme] = checklist.themes;
  const item = theme?.items[0];
  if (!theme || !item) throw new Error("the checklist has no items");
  await tabTo(page, page.getByRole("link", { name: theme.title.fi, exact: true }));
  await page.keyboard.press("Enter");
  await expect(app.heading).toHaveText(theme.title.fi);

  // Tab enters the item's radio group on its first option; Space picks it, arrows move the choice.
  const themePage = new ThemePage(page, "fi");
  const notInPlace = themePage.choice(item, 1, { kind: "level", level: 0 });
  await tabTo(page, notInPlace);
  await page.keyboard.press("Space");
  await expect(notInPlace).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const mostly = themePage.choice(item, 1, { kind: "level", level: 2 });
  await expect(mostly).toBeFocused();
  await expect(mostly).toBeChecked();
  expect((await readSavedAssessment(page))?.answers).toEqual({ [item.id]: { kind: "level", level: 2 } });

  // Back up to the main navigation and open the results.
  await tabTo(page, app.navLink("results"), { backward: true });
  await page.keyboard.press("Enter");
  await expect(app.heading).toHaveText(app.t("results:page.title"));
  await expect(page.getByRole("table", { name: app.t("results:table.caption") })).toContainText("67 / 100");
});
