import { type Browser, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../playwright.config";
import { median } from "./stats";

export interface FirstRender {
  /** Median ms from navigation start until the app's first <h1> is in the DOM. */
  firstRenderMs: number;
  /** Median first-contentful-paint from the Paint Timing API. */
  firstContentfulPaintMs: number;
  /** Bytes of web fonts the first screen downloaded (median; the same in every run). */
  fontBytes: number;
  samples: { h1: number; fcp: number }[];
}

interface BenchMarks {
  h1: number | null;
  fcp: number | null;
}

declare global {
  interface Window {
    __bench?: BenchMarks;
  }
}

/**
 * Runs in every document before the page's own scripts. performance.now() counts from the navigation's
 * timeOrigin, so `h1` is "navigation start → the app's heading is in the DOM". A MutationObserver callback
 * runs in the microtask right after React's commit, before the browser paints that frame.
 */
function installMarks(): void {
  const marks: BenchMarks = { h1: null, fcp: null };
  window.__bench = marks;
  const observer = new MutationObserver(() => {
    if (marks.h1 === null && document.querySelector("h1")) {
      marks.h1 = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === "first-contentful-paint") marks.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
}

interface LoadSample {
  h1: number;
  fcp: number;
  fontBytes: number;
}

/** One cold load: a new browser context, so nothing is in its HTTP or code cache. */
async function coldLoad(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(installMarks);
    await page.goto(url, { waitUntil: "load" });
    const marks = await page.waitForFunction(
      () => {
        const bench = window.__bench;
        return bench && bench.h1 !== null && bench.fcp !== null ? { h1: bench.h1, fcp: bench.fcp } : null;
      },
      undefined,
      { timeout: 15_000 },
    );
    const { h1, fcp } = (await marks.jsonValue()) as { h1: number; fcp: number };
    const fontBytes = await page.evaluate(async () => {
      await document.fonts.ready;
      return performance
        .getEntriesByType("resource")
        .filter((entry) => /\.(woff2?|ttf|otf)(\?|$)/.test(entry.name))
        .reduce((total, entry) => total + (entry as PerformanceResourceTiming).encodedBodySize, 0);
    });
    return { h1, fcp, fontBytes };
  } finally {
    await context.close();
  }
}

export interface FirstRenderWithFloor {
  app: FirstRender;
  /** The same figures for the React floor page (tests/bench/react-floor), loaded in turn with the app. */
  floor: FirstRender;
}

function summarise(samples: readonly LoadSample[]): FirstRender {
  return {
    firstRenderMs: median(samples.map((sample) => sample.h1)),
    firstContentfulPaintMs: median(samples.map((sample) => sample.fcp)),
    fontBytes: median(samples.map((sample) => sample.fontBytes)),
    samples: samples.map(({ h1, fcp }) => ({ h1, fcp })),
  };
}

/**
 * Cold loads of the app and of the React floor in turn (app, floor, floor, app, app, floor …), so a burst of load from
 * other processes on the machine hits both alike. One warm-up pair is discarded; `runs` loads of each count.
 */
export async function measureFirstRender(
  appUrl: string,
  floorUrl: string,
  runs: number,
): Promise<FirstRenderWithFloor> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const app: LoadSample[] = [];
  const floor: LoadSample[] = [];
  try {
    for (let run = 0; run <= runs; run++) {
      // Which goes first swaps each round, so neither always follows the other's teardown.
      const isAppFirst = run % 2 === 0;
      const firstSample = await coldLoad(browser, isAppFirst ? appUrl : floorUrl);
      const secondSample = await coldLoad(browser, isAppFirst ? floorUrl : appUrl);
      const [appSample, floorSample] = isAppFirst ? [firstSample, secondSample] : [secondSample, firstSample];
      if (run === 0) continue;
      app.push(appSample);
      floor.push(floorSample);
    }
  } finally {
    await browser.close();
  }
  return { app: summarise(app), floor: summarise(floor) };
}
