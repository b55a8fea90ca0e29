import { expect, type Page, test } from "@playwright/test";
import { StartPage } from "./pages/start-page";
import { texts } from "./support/texts";

const fi = texts("fi");

/** Adds every layout shift of the page (the CLS the user would see) to `window.__shifts`. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: { node?: Node }[];
      })[])
        shifts.push(`${entry.value.toFixed(4)} ${entry.sources?.map((s) => s.node?.nodeName).join(",")}`);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

const layoutShifts = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);

test.describe("before the app's code arrives", () => {
  // The page's own inline script runs; the app's modules never come.
  test.beforeEach(async ({ page }) => {
    await page.route("**/assets/*.js", (route) => route.abort());
  });

  test("the start page paints in Finnish from the HTML alone, styled", async ({ page }) => {
    const stylesheets: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith(".css")) stylesheets.push(request.url());
    });
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi("assessment:start.title"));
    await expect(page.getByRole("navigation", { name: fi("common:nav.label") })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeAttached();
    // The stylesheet is in the page: the header has its colours without another request.
    const header = page.locator(".site-header");
    await expect(header).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    // The one link to the file is disabled, so it is never fetched (it tells the lazy code it is in).
    await expect(page.locator('link[rel="stylesheet"]:not([disabled])')).toHaveCount(0);
    await page.waitForLoadState("networkidle");
    expect(stylesheets).toEqual([]);
  });

  test("another page shows only the header and footer, never the start page's text", async ({ page }) => {
    await page.goto("./#/plan");
    await expect(page.locator(".site-header")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
    await expect(page.getByText(fi("assessment:start.title"))).toBeHidden();
  });

  test("the results and a workshop paint their loading view from the HTML, styled", async ({ page }) => {
    await page.goto("./#/results");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi("results:page.title"));
    await expect(page.getByText(fi("results:summary.intro"))).toBeVisible();
    await expect(page.locator(".results-meta")).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    await expect(page.getByText(fi("assessment:start.title"))).toBeHidden();

    await page.goto("./#/workshops/some-id");
    // Only the hash changed: reloaded, the document is read anew.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi("workshop:view.loading"));
    await expect(page.getByText(fi("workshop:add.hint"))).toBeVisible();
    await expect(page.getByLabel(fi("workshop:add.files"), { exact: true })).toBeDisabled();
    await expect(page.locator("#main").getByText(fi("results:summary.intro"))).toBeHidden();
  });

  test("in another language nothing Finnish shows before the app draws it", async ({ page, context }) => {
    await context.addInitScript(() => localStorage.setItem("kumppanuuspeili:language", "sv"));
    await page.goto("./");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  });
});

test.describe("as users get it, with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("the app takes over the prerendered start page as it stands, without errors", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    // The heading as parsed from the HTML, before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener("readystatechange", () => {
        if (document.readyState === "interactive")
          Object.assign(window, { __parsedHeading: document.querySelector("h1") });
      });
    });
    const start = new StartPage(page, "fi");
    await start.goto();
    await expect(start.startNewButton).toBeEnabled();
    expect(
      await page.evaluate(
        () => (window as { __parsedHeading?: Element }).__parsedHeading === document.querySelector("h1"),
      ),
    ).toBe(true);
    await start.startNew();
    expect(errors).toEqual([]);
  });

  test("a first visit is drawn in the system font, and a visit under the service worker in Source Sans Pro", async ({
    page,
  }) => {
    const start = new StartPage(page, "fi");
    await start.goto();
    await expect(page.locator("html")).toHaveAttribute("data-fonts", "system");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    await expect(start.startNewButton).toBeEnabled();
    await expect(page.locator("html")).not.toHaveAttribute("data-fonts");
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.weight);
    });
    expect(fonts.sort()).toEqual(["400", "600"]);
  });
});

for (const [language, width] of [
  ["fi", 1280],
  ["fi", 390],
  ["sv", 1280],
  ["sv", 390],
] as const) {
  test(`${language} at ${width} px: the saved assessment and the language arrive without moving anything`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript((chosen) => localStorage.setItem("kumppanuuspeili:language", chosen), language);
    const start = new StartPage(page, language);
    await start.goto();
    await start.startNew();
    await recordLayoutShifts(page);
    await page.goto("./#/");
    await page.reload();
    await expect(start.savedAssessment).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(start.t("assessment:start.title"));
    // The checklist origin at the foot of the page is the last thing to arrive.
    await page.waitForLoadState("networkidle");
    expect(await layoutShifts(page)).toEqual([]);

    await recordLayoutShifts(page);
    await page.goto("./#/results");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(start.t("results:page.title"));
    await page.waitForLoadState("networkidle");
    expect(await layoutShifts(page)).toEqual([]);
  });
}

for (const width of [1280, 390]) {
  test(`at ${width} px with several saved assessments the list of the others arrives without moving anything`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const start = new StartPage(page, "fi");
    await start.goto();
    for (let count = 0; count < 3; count++) {
      await start.goto();
      await start.startNew();
    }
    await recordLayoutShifts(page);
    await page.goto("./#/");
    await page.reload();
    await expect(
      page.getByRole("region", { name: start.t("assessment:start.othersHeading") }),
    ).toBeAttached();
    await page.waitForLoadState("networkidle");
    expect(await layoutShifts(page)).toEqual([]);
  });
}

test("a workshop's page draws over its prerendered loading view without moving anything", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("./#/workshops");
  await page.getByLabel(fi("workshop:create.label")).fill("Alue 2026");
  await page.getByRole("button", { name: fi("workshop:create.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alue 2026");
  const hint = page.getByText(fi("workshop:add.hint"));
  await page.route("**/assets/*.js", (route) => route.abort());
  await page.reload();
  const loading = await hint.boundingBox();
  expect(loading).not.toBeNull();
  await page.unroute("**/assets/*.js");
  await recordLayoutShifts(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alue 2026");
  await expect(page.getByLabel(fi("workshop:add.files"), { exact: true })).toBeEnabled();
  await page.waitForLoadState("networkidle");
  expect(await layoutShifts(page)).toEqual([]);
  expect(await hint.boundingBox()).toEqual(loading);
});

for (const width of [1280, 390]) {
  // New nodes replace the view, so the layout-shift API cannot see a jump here: the positions are compared.
  test(`at ${width} px the results page draws over its loading view in the same place`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const start = new StartPage(page, "fi");
    await start.goto();
    await start.startNew();
    const intro = page.locator("#main").getByText(fi("results:summary.intro"));
    await page.route("**/assets/*.js", (route) => route.abort());
    await page.goto("./#/results");
    await page.reload();
    const loading = await intro.boundingBox();
    expect(loading).not.toBeNull();
    await page.unroute("**/assets/*.js");
    await page.reload();
    await expect(page.locator(".score-cards")).toBeVisible();
    expect(await intro.boundingBox()).toEqual(loading);
  });
}
