import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../playwright.config";
import { median } from "./stats";
import { createWorkshop, regionalViewPaintedAt, workshopFileInput } from "./workshop-page";

/** The metrics behind the performance score, printed so a low score says where the time went. */
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index"];

export interface LighthouseScores {
  performance: number;
  accessibility: number;
}

/**
 * Prepares a fresh browser profile before Lighthouse audits it and says which address to audit. It runs in the
 * profile Lighthouse then uses; whatever app files it loads must leave that profile's caches cold again.
 */
export type LighthouseSeed = (browser: Browser, url: string) => Promise<string>;

/**
 * Puts `storage` into localStorage of the app's origin. It opens a same-origin URL that is not the app (a 404
 * from the bench server), so no app files are fetched and the HTTP cache stays cold for the measured run.
 */
export function localStorageSeed(storage: Record<string, string>): LighthouseSeed {
  return async (browser, url) => {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(new URL("/__bench-seed", url).href);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, storage);
    await page.close();
    return url;
  };
}

/**
 * A workshop with `files` as its members, made through the app as a host does (the workshops list, then the
 * file picker), so the stored records are exactly the app's. That loads the app, so the profile's HTTP cache,
 * Cache Storage and any service worker are cleared afterwards: the audited load is cold, the workshop stays.
 */
export function workshopSeed(files: readonly string[]): LighthouseSeed {
  return async (browser, url) => {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    const workshopUrl = await createWorkshop(page, url, "Lighthouse");
    await workshopFileInput(page).setInputFiles([...files]);
    await page.evaluate(regionalViewPaintedAt, { count: files.length, withHeatmap: false });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await cdp.send("Storage.clearDataForOrigin", {
      origin: new URL(url).origin,
      storageTypes: "cache_storage,service_workers",
    });
    await cdp.detach();
    await page.goto(new URL("/__bench-seed", url).href);
    await page.close();
    return workshopUrl;
  };
}

/** Runs `seed` in the browser Lighthouse is about to audit, reached over CDP. */
async function seedProfile(port: number, url: string, seed: LighthouseSeed): Promise<string> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    return await seed(browser, url);
  } finally {
    // For a browser reached over CDP this only disconnects; the profile and its storage stay.
    await browser.close();
  }
}

/**
 * One Lighthouse 12 run with its default (mobile, simulated throttling) config, in a fresh Chromium
 * profile. Lighthouse normally clears the origin's storage before auditing, which would drop the saved
 * assessment the results page needs; with `disableStorageReset` it keeps it. That flag also skips the
 * cache clearing, which is why every run gets a new profile: the page is audited cold, as on a first visit.
 */
export async function runLighthouse(url: string, seed?: LighthouseSeed): Promise<LighthouseScores> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "kumppanuuspeili-lh-"));
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
    userDataDir,
    logLevel: "silent",
  });
  try {
    const audited = seed ? await seedProfile(chrome.port, url, seed) : url;
    const result = await lighthouse(audited, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      disableStorageReset: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${audited}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score === 0)
      .map((audit) => audit.id);
    if (failing.length > 0)
      console.error(`bench: Lighthouse failing audits on ${audited}: ${failing.join(", ")}`);
    const metrics = METRICS.map((id) => `${id} ${lhr.audits[id]?.displayValue ?? "?"}`).join(", ");
    // The page's height shows whether the seeded results rendered (thousands of px) or the empty state did.
    const height = lhr.fullPageScreenshot?.screenshot.height ?? "?";
    // Bytes over the network: near the whole app's size on a cold load, far less if a cache served it.
    const transferred = Math.round((lhr.audits["total-byte-weight"]?.numericValue ?? 0) / 1024);
    console.error(
      `bench: Lighthouse ${audited}: performance ${score("performance")} (${metrics}), page ${height} px tall, ${transferred} KB transferred`,
    );
    return { performance: score("performance"), accessibility: score("accessibility") };
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/**
 * Median of several runs: on a busy 2-core machine one run's performance score can swing by 20 points,
 * because simulated throttling multiplies the host's own CPU time.
 */
export async function medianLighthouse(
  url: string,
  runs: number,
  seed?: LighthouseSeed,
): Promise<LighthouseScores> {
  const samples: LighthouseScores[] = [];
  for (let run = 0; run < runs; run++) samples.push(await runLighthouse(url, seed));
  return {
    performance: median(samples.map((sample) => sample.performance)),
    accessibility: median(samples.map((sample) => sample.accessibility)),
  };
}
