import { execFileSync } from "node:child_process";
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import type { Answer } from "../../src/domain/assessment";
import { AppShell } from "./pages/app-shell";
import { DetailsPage } from "./pages/details-page";
import { enabledInput } from "./pages/enabled-input";
import { ReportPage } from "./pages/report-page";
import { ResultsPage } from "./pages/results-page";
import { StartPage } from "./pages/start-page";
import { ThemePage } from "./pages/theme-page";
import { expectNoViolations } from "./support/axe";
import { checklist } from "./support/checklist";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

interface StaticSite {
  /** The copy of dist/ that is served: sw.js can be changed there. */
  root: string;
  url: string;
  /** While down, every request's connection is cut, as if the server (or the network) were gone. */
  isDown: boolean;
  /** The paths asked for while down. */
  askedWhileDown: string[];
  close(): Promise<void>;
}

/** A copy of the build on a plain static server of the test's own, so the test can change sw.js. */
async function serveCopyOfDist(): Promise<StaticSite> {
  const root = await mkdtemp(path.join(tmpdir(), "offline-e2e-"));
  await cp("dist", root, { recursive: true });
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    if (site.isDown) {
      site.askedWhileDown.push(pathname);
      request.socket.destroy();
      return;
    }
    const file = path.join(root, path.normalize(pathname === "/" ? "/index.html" : pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[path.extname(file)] ?? "application/octet-stream";
        // sw.js as a host should send it: checked afresh on every update check.
        response.writeHead(200, { "content-type": type, "cache-control": "no-cache" }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const site: StaticSite = {
    root,
    url: `http://127.0.0.1:${port}/`,
    isDown: false,
    askedWhileDown: [],
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    },
  };
  return site;
}

/**
 * A context on the test's own server. The other specs block the service worker (playwright.config.ts);
 * here it is the subject, except where a first visit before it is the point.
 */
function openSite(browser: Browser, serviceWorkers: "allow" | "block"): Promise<BrowserContext> {
  return browser.newContext({ baseURL: site.url, serviceWorkers });
}

/** A first visit, before any service worker has the code: a page on the site with the worker blocked. */
async function visitWithoutWorker(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await openSite(browser, "block");
  return { context, page: await context.newPage() };
}

async function goOffline(context: BrowserContext, site: StaticSite): Promise<void> {
  site.isDown = true;
  await context.setOffline(true);
}

async function goOnline(context: BrowserContext, site: StaticSite): Promise<void> {
  site.isDown = false;
  await context.setOffline(false);
}

/** Resolves once a service worker controls the page: with clientsClaim that is after its precache is done. */
function controlledByServiceWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    }
    return navigator.serviceWorker.controller !== null;
  });
}

/** Makes the report's PDF and checks that a PDF file came. */
async function downloadPdf(page: Page, report: ReportPage): Promise<Buffer> {
  const downloading = page.waitForEvent("download");
  await report.createButton.click();
  const pdf = await readFile(await (await downloading).path());
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return pdf;
}

/** The message is shown where the code would have been; the header and footer around it stay, and pass axe. */
async function expectMessageInShell(page: Page, message: Locator, label: string): Promise<void> {
  await expect(message).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expectNoViolations(page, label);
}

/** Creates a workshop and adds the generated members' files to it. */
async function addWorkshopMembers(app: AppShell): Promise<void> {
  await app.open("/workshops");
  await app.page.getByRole("textbox", { name: app.t("workshop:create.label") }).fill("Alue 2026");
  await app.page.getByRole("button", { name: app.t("workshop:create.submit") }).click();
  await expect(app.heading).toHaveText("Alue 2026");
  await enabledInput(app.page, app.t("workshop:add.files")).setInputFiles(memberFiles);
  await expect(app.page.getByText(app.t("workshop:report.accepted", { count: MEMBERS }))).toBeVisible();
  await expect(app.page.locator("table.member-table tbody tr")).toHaveCount(MEMBERS);
}

const LEVELS = [3, 1, 2, 0] as const;

/** Every item answered; one not applicable (with its reason), one "don't know", the rest by level. */
function answerFor(index: number): Answer {
  if (index === 1) return { kind: "notApplicable", reason: "Ei koske meitä." };
  if (index === 2) return { kind: "dontKnow" };
  return { kind: "level", level: LEVELS[index % LEVELS.length] ?? 0 };
}

const MEMBERS = 3;
let memberFiles: string[] = [];
test.beforeAll(async () => {
  // Members for a workshop, from the generator's CLI (as tests/e2e/workshop.spec.ts makes them).
  const folder = await mkdtemp(path.join(tmpdir(), "offline-members-"));
  execFileSync("npx", ["tsx", "src/cli/generate-assessments.ts", String(MEMBERS), folder, "--seed", "11"]);
  memberFiles = (await readdir(folder)).map((name) => path.join(folder, name));
});

let site: StaticSite;
test.beforeEach(async () => {
  site = await serveCopyOfDist();
});
test.afterEach(async () => {
  await site.close();
});

test("once visited, the whole app works offline; an update waits for the user and keeps the last note", async ({
  browser,
}) => {
  test.slow(); // every item answered, a PDF and a workshop import on a shared two-core machine
  const context = await openSite(browser, "allow");
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) refused.push(message.text());
  });
  const start = new StartPage(page, "fi");
  await page.goto("./");
  await start.heading.waitFor();
  expect(await controlledByServiceWorker(page)).toBe(true);
  // The manifest loads and parses under the page's CSP (manifest-src falls back to default-src 'self').
  const manifest = await (await context.newCDPSession(page)).send("Page.getAppManifest");
  expect(manifest.url).toBe(`${site.url}manifest.webmanifest`);
  expect(manifest.errors).toEqual([]);
  expect(JSON.parse(manifest.data ?? "{}")).toMatchObject({ name: "Kumppanuuspeili", start_url: "./" });

  await goOffline(context, site);
  await page.reload();
  await expect(start.heading).toBeVisible();
  await start.startNew();
  const details = new DetailsPage(page, "fi");
  await details.fillDetails("Koski Tl", "municipality");

  const themePage = new ThemePage(page, "fi");
  let index = 0;
  for (const theme of checklist.themes) {
    await themePage.goto(theme);
    for (const [position, item] of theme.items.entries()) {
      await themePage.answer(item, position + 1, answerFor(index));
      index += 1;
    }
  }

  // Results (the chart's code), the plan and the report: each page's code comes from the worker's cache.
  const results = new ResultsPage(page, "fi");
  await results.navLink("results").click();
  await expect(results.heading).toHaveText(results.t("results:page.title"));
  await results.waitForChart();
  await expect(page.locator(".theme-bars").first()).toBeVisible();
  await start.navLink("plan").click();
  await expect(start.heading).toHaveText(start.t("plan:page.title"));

  const report = new ReportPage(page, "fi");
  await report.navLink("report").click();
  await expect(report.heading).toHaveText(report.t("report:page.title"));
  expect((await downloadPdf(page, report)).length).toBeGreaterThan(10_000);

  // A workshop reads its members' files in the import worker, whose script is cached too.
  await addWorkshopMembers(report);

  // Nothing but the browser's own update check for sw.js asked the server for anything.
  expect(site.askedWhileDown.filter((asked) => asked !== "/sw.js")).toEqual([]);

  // Online again, with a new version on the server: the check when the page becomes visible finds it.
  await goOnline(context, site);
  await appendFile(path.join(site.root, "sw.js"), "\n// the next version\n");
  const [firstTheme] = checklist.themes;
  const [firstItem] = firstTheme?.items ?? [];
  if (!firstTheme || !firstItem) throw new Error("the checklist has no items");
  await themePage.goto(firstTheme);
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  const banner = page.getByRole("banner").getByRole("status");
  await expect(banner).toContainText("Uusi versio on saatavilla");
  await expectNoViolations(page, "the update banner");
  // The banner follows the language, and passes axe in each.
  for (const language of ["sv", "en", "fi"] as const) {
    const shell = await themePage.switchLanguage(language);
    await expect(banner).toContainText(shell.t("common:update.available"));
    await expectNoViolations(page, `the update banner in ${language}`);
  }

  // Typed just before Update, still waiting for its debounced write: Update saves it first.
  const note = themePage
    .item(firstItem, 1)
    .getByRole("textbox", { name: themePage.t("assessment:theme.noteLabel") });
  await note.fill("Sovittu kunnanhallituksessa.");
  const reloaded = page.waitForEvent("load");
  await banner.getByRole("button", { name: "Päivitä" }).click();
  await reloaded;
  await expect(themePage.heading).toHaveText(firstTheme.title.fi);
  await expect(note).toHaveValue("Sovittu kunnanhallituksessa.");
  await expect(banner).toHaveCount(0);
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting);
  expect(waiting).toBeNull();
  expect(refused).toEqual([]);
  await context.close();
});

test("a page whose code cannot be fetched says so inside main, keeps the header, and loads on Retry", async ({
  browser,
}) => {
  const { context, page } = await visitWithoutWorker(browser);
  const app = new AppShell(page, "fi");
  await page.goto("./");
  await app.heading.waitFor();
  await page.waitForLoadState("networkidle"); // the checklist has arrived

  await goOffline(context, site);
  await app.navLink("results").click();
  const message = app.main.getByRole("alert").filter({ hasText: app.t("common:offline.pageTitle") });
  await expectMessageInShell(page, message, "the page's code load message");
  await expect(message).toContainText(app.t("common:offline.pageBody"));
  await expect(app.navLink("start")).toBeVisible();

  await goOnline(context, site);
  await message.getByRole("button", { name: app.t("common:offline.retry") }).click();
  await expect(app.heading).toHaveText(app.t("results:page.title"));
  await expect(message).toHaveCount(0);
  // The page's own stylesheet came too (the retry loaded the page afresh: see CodeLoadBoundary).
  const unstyled = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')].filter(
        (link) => !link.sheet,
      ).length,
  );
  expect(unstyled).toBe(0);
  await context.close();
});

/**
 * A new assessment for Koski Tl, then the report page with the files `missing` matches cut off, as if the
 * network had gone before they were fetched.
 */
async function reportPageWithout(page: Page, missing: (url: URL) => boolean): Promise<ReportPage> {
  const start = new StartPage(page, "fi");
  await start.goto();
  await start.startNew();
  await new DetailsPage(page, "fi").fillDetails("Koski Tl", "municipality");
  await page.route(missing, (route) => route.abort("internetdisconnected"));
  const report = new ReportPage(page, "fi");
  await report.navLink("report").click();
  await expect(report.heading).toHaveText(report.t("report:page.title"));
  return report;
}

test("the PDF's code missing offline is said so on the report page, and Retry makes it once online", async ({
  browser,
}) => {
  const { context, page } = await visitWithoutWorker(browser);
  // The report page fetches the PDF code and fonts once it is idle: here the network is gone before that.
  const pdfFiles = (url: URL) =>
    url.pathname.endsWith(".ttf") || /\/create-report-pdf-[\w-]+\.js$/.test(url.pathname);
  const report = await reportPageWithout(page, pdfFiles);
  // The examples are in before the network goes: here only the PDF's files are missing.
  await expect(report.koski).toBeVisible();

  await goOffline(context, site);
  await report.createButton.click();
  const message = report.status.getByRole("alert").filter({ hasText: report.t("common:offline.partTitle") });
  await expectMessageInShell(page, message, "the PDF code's load message");
  await expect(message).toContainText(report.t("common:offline.partBody"));

  await goOnline(context, site);
  await page.unroute(pdfFiles);
  await message.getByRole("button", { name: report.t("common:offline.retry") }).click();
  await expect(report.heading).toHaveText(report.t("report:page.title"));
  await downloadPdf(page, report);
  await context.close();
});

test("when the example municipalities cannot be fetched, the report page says so and makes the report without one", async ({
  browser,
}) => {
  const { context, page } = await visitWithoutWorker(browser);
  const exampleFiles = (url: URL) => /\/(koski-tl|practices)-[\w-]+\.js$/.test(url.pathname);
  const report = await reportPageWithout(page, exampleFiles);
  const message = page.getByRole("alert").filter({ hasText: report.t("common:offline.partTitle") });
  await expectMessageInShell(page, message, "the examples' load message");
  await expect(report.createButton).not.toHaveAttribute("aria-disabled", "true");
  await page.unroute(exampleFiles);
  await downloadPdf(page, report);
  await context.close();
});

test("when the import worker's script cannot be fetched, the workshop reads the files in the page", async ({
  browser,
}) => {
  const { context, page } = await visitWithoutWorker(browser);
  const asked: string[] = [];
  context.on("request", (request) => asked.push(request.url()));
  const isWorkerScript = (url: string) => /import-files\.worker-[\w-]+\.js$/.test(url);
  const app = new AppShell(page, "fi");
  await app.open("/workshops");
  await page.waitForLoadState("networkidle"); // the workshop pages' code has arrived
  expect(asked.filter(isWorkerScript)).toEqual([]); // the worker's script comes only with a first import
  await goOffline(context, site);
  await addWorkshopMembers(app);
  await context.close();
});
