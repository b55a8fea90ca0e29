import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { expectNoViolations } from "./support/axe";

test.use({ viewport: { width: 390, height: 800 } });

test("on a phone the header is one line: the menu opens by keyboard, a page closes it, Escape returns focus", async ({
  page,
}) => {
  const app = new AppShell(page);
  await app.open("/");
  const header = page.locator(".site-header");
  const menu = page.getByRole("button", { name: app.t("common:nav.menu") });
  expect((await header.boundingBox())?.height).toBeLessThan(120);
  await expect(app.navLink("results")).toBeHidden();

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(app.languageButton("sv")).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  await page.keyboard.press("Enter");
  await app.navLink("results").click();
  await expect(app.heading).toHaveText(app.t("results:page.title"));
  await expect(app.navLink("results")).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("on a wide screen the menu button is not there and everything shows", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppShell(page);
  await app.open("/");
  await expect(page.getByRole("button", { name: app.t("common:nav.menu") })).toBeHidden();
  await expect(app.navLink("results")).toBeVisible();
});

for (const language of ["fi", "sv"] as const) {
  test(`axe finds nothing in the phone header, menu closed and open (${language})`, async ({ page }) => {
    let app = new AppShell(page);
    await app.open("/");
    if (language !== "fi") {
      await page.getByRole("button", { name: app.t("common:nav.menu") }).click();
      app = await app.switchLanguage(language);
      // A language chosen, the menu stays open for the page to choose next.
      await page.getByRole("button", { name: app.t("common:nav.menu") }).click();
    }
    const menu = page.getByRole("button", { name: app.t("common:nav.menu") });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expectNoViolations(page, `phone header closed (${language})`);
    await menu.click();
    await expectNoViolations(page, `phone header open (${language})`);
  });
}
