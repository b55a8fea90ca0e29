import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../playwright.config";
import { median } from "./stats";

/** The metrics behind the performance score, printed so a low score says where the time went. */
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index"];

export interface LighthouseScores {
  performance: number;
  accessibility: number;
}

/**
 * Puts `storage` into localStorage of the app's origin in an already running browser profile.
 * It opens a same-origin URL that is not the app (a 404 from the bench server), so no app files are
 * fetched and the HTTP cache stays cold for the measured run.
 */
async function seedLocalStorage(
  port: number,
  origin: string,
  storage: Record<string, string>,
): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(new URL("/__bench-seed", origin).href);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, storage);
    await page.close();
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
export async function runLighthouse(
  url: string,
  storage: Record<string, string> = {},
): Promise<LighthouseScores> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "kumppanuuspeili-lh-"));
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
    userDataDir,
    logLevel: "silent",
  });
  try {
    if (Object.keys(storage).length > 0) await seedLocalStorage(chrome.port, url, storage);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      disableStorageReset: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score === 0)
      .map((audit) => audit.id);
    if (failing.length > 0)
      console.error(`bench: Lighthouse failing audits on ${url}: ${failing.join(", ")}`);
    const metrics = METRICS.map((id) => `${id} ${lhr.audits[id]?.displayValue ?? "?"}`).join(", ");
    // The page's height shows whether the seeded results rendered (thousands of px) or the empty state did.
    const height = lhr.fullPageScreenshot?.screenshot.height ?? "?";
    console.error(
      `bench: Lighthouse ${url}: performance ${score("performance")} (${metrics}), page ${height} px tall`,
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
  storage: Record<string, string> = {},
): Promise<LighthouseScores> {
  const samples: LighthouseScores[] = [];
  for (let run = 0; run < runs; run++) samples.push(await runLighthouse(url, storage));
  return {
    performance: median(samples.map((sample) => sample.performance)),
    accessibility: median(samples.map((sample) => sample.accessibility)),
  };
}
