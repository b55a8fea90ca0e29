import { expect, test } from "@playwright/test";
import { StartPage } from "./pages/start-page";
import { ThemePage } from "./pages/theme-page";
import { checklist } from "./support/checklist";
import { readSavedAssessment } from "./support/storage";

const [theme, nextTheme] = checklist.themes;
const item = theme?.items[0];
if (!theme || !nextTheme || !item) throw new Error("the checklist needs two themes");

test("'not applicable' left without a reason keeps what was typed and says what is missing", async ({
  page,
}) => {
  const start = new StartPage(page);
  await start.goto();
  await start.startNew();
  const themePage = new ThemePage(page);
  await themePage.goto(theme);
  await themePage.answer(item, 1, { kind: "level", level: 2 });
  await themePage.choice(item, 1, { kind: "notApplicable", reason: "" }).check();
  const note = themePage.item(item, 1).getByRole("textbox", { name: /^Muistiinpano/ });
  await note.fill("Selvitetään syksyllä");
  await expect(page.getByText(/^Perustelu puuttuu yhdestä kohdasta/)).toBeVisible();

  await themePage.nextThemeLink(nextTheme).click();
  await expect(themePage.heading).toHaveText(nextTheme.title.fi);
  await page.goBack();
  await expect(themePage.choice(item, 1, { kind: "notApplicable", reason: "" })).toBeChecked();
  await expect(note).toHaveValue("Selvitetään syksyllä");
  await expect(themePage.reason(item, 1)).toHaveAttribute("aria-invalid", "true");
  expect((await readSavedAssessment(page))?.answers[item.id]).toEqual({ kind: "level", level: 2 });

  await themePage.reason(item, 1).fill("Kunnassa ei ole omia tiloja");
  await expect(page.getByText(/^Perustelu puuttuu/)).toBeHidden();
  await expect
    .poll(async () => (await readSavedAssessment(page))?.answers[item.id])
    .toEqual({ kind: "notApplicable", reason: "Kunnassa ei ole omia tiloja", note: "Selvitetään syksyllä" });
});

test("on a long theme page the progress stays in view", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const start = new StartPage(page);
  await start.goto();
  await start.startNew();
  const themePage = new ThemePage(page);
  await themePage.goto(theme);
  const last = theme.items.at(-1);
  if (!last) throw new Error("the theme has no items");
  await themePage.item(last, theme.items.length).scrollIntoViewIfNeeded();
  const progress = page.locator(".theme-progress");
  await expect(progress).toBeInViewport();
  expect((await progress.boundingBox())?.y).toBe(0);
});
