import { expect, type Page, test } from "@playwright/test";
import type { Language } from "../../src/domain/localized";
import { AppShell } from "./pages/app-shell";
import { expectNoViolations } from "./support/axe";
import { checklist, persistedState, sampleAssessment } from "./support/checklist";
import { seedStorage } from "./support/storage";

// Every case opens its own context, so the cases can share both workers instead of queueing in one.
test.describe.configure({ mode: "parallel" });

const PAGES: { name: string; path: string }[] = [
  { name: "start", path: "/" },
  { name: "details", path: "/assessment/details" },
  ...checklist.themes.map((theme) => ({ name: `theme ${theme.id}`, path: `/assessment/theme/${theme.id}` })),
  { name: "results", path: "/results" },
  { name: "method", path: "/results/method" },
  { name: "compare", path: "/compare" },
  { name: "compare at an item", path: "/compare/item/association-evenings-twice-a-year" },
  { name: "report as a page", path: "/report/view" },
  { name: "report as a page in another language", path: "/report/view?language=sv&example=none" },
  { name: "accessibility statement", path: "/accessibility" },
  { name: "privacy", path: "/privacy" },
  { name: "checklist versions", path: "/versions" },
  { name: "adapt the checklist", path: "/adapt" },
  { name: "not found", path: "/no-such-page" },
];

/**
 * Waits until lazy parts have replaced their loading placeholders, with the chart area scrolled to (on the
 * comparison, once the examples have loaded and drawn it).
 */
async function settle(page: Page): Promise<void> {
  await expect(page.locator("[aria-busy='true']")).toHaveCount(0);
  const chart = page.locator(".chart-layout");
  if ((await chart.count()) > 0) await chart.scrollIntoViewIfNeeded();
  await expect(page.locator("[aria-busy='true']")).toHaveCount(0);
}

for (const language of ["fi", "sv", "en"] as const satisfies readonly Language[]) {
  test.describe(`axe, ${language}`, () => {
    test.beforeEach(async ({ context }) => {
      await seedStorage(context, persistedState(sampleAssessment(), language));
    });

    for (const { name, path } of PAGES) {
      test(name, async ({ page }) => {
        const app = new AppShell(page, language);
        await app.open(path);
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        await settle(page);
        await expectNoViolations(page, `${name} (${language})`);
      });
    }
  });
}

test.describe("axe, states without a saved assessment", () => {
  test("start page, first visit", async ({ page }) => {
    await new AppShell(page, "fi").open("/");
    await expectNoViolations(page, "start, empty (fi)");
  });

  test("compare, nothing answered yet", async ({ page }) => {
    await new AppShell(page, "fi").open("/compare");
    await settle(page);
    await expectNoViolations(page, "compare, empty (fi)");
  });

  test("report as a page, nothing saved", async ({ page }) => {
    await new AppShell(page, "fi").open("/report/view");
    await expectNoViolations(page, "report view, empty (fi)");
  });

  test("results, nothing answered yet", async ({ page }) => {
    await new AppShell(page, "fi").open("/results");
    await expectNoViolations(page, "results, empty (fi)");
  });

  test("storage error banner", async ({ context, page }) => {
    await seedStorage(context, "{not json");
    const app = new AppShell(page, "fi");
    await app.open("/");
    await expect(app.alert(app.t("common:storageError.title"))).toBeVisible();
    await expectNoViolations(page, "start with storage error (fi)");
  });
});

test("the footer of every page links to the privacy note and the accessibility statement", async ({
  page,
}) => {
  const app = new AppShell(page, "sv");
  await seedStorage(page.context(), persistedState(sampleAssessment(), "sv"));
  await app.open("/results");
  const footer = page.getByRole("contentinfo");
  // Scrolling to the footer brings the results' chart near the view, which then loads and moves the footer
  // down: a click aimed before that lands elsewhere. Let the page settle first, as a reader's eye would.
  await footer.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  await expect(page.locator("[aria-busy='true']")).toHaveCount(0);
  await footer.getByRole("link", { name: app.t("common:footer.privacyLink") }).click();
  await expect(app.heading).toHaveText(app.t("about:privacy.title"));
  await footer.getByRole("link", { name: app.t("common:footer.accessibilityLink") }).click();
  await expect(app.heading).toHaveText(app.t("about:accessibility.title"));
  await expect(page).toHaveTitle(`${app.t("about:accessibility.title")} – ${app.t("common:appName")}`);
});

test("printing any page gives its content alone: no skip link, header, navigation or footer", async ({
  page,
}) => {
  const app = new AppShell(page, "fi");
  await seedStorage(page.context(), persistedState(sampleAssessment(), "fi"));
  for (const path of ["/results", "/plan"]) {
    await app.open(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.getByRole("navigation", { name: app.t("common:nav.label") })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(app.heading).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("contentinfo")).toBeVisible();
  }
});
