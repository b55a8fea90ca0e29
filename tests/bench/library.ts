import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../playwright.config";
import type { Checklist } from "../../src/domain/checklist";
import { median } from "./stats";
import { seedApp } from "./storage";

export interface LibraryBench {
  /** Median ms from navigation start until the library's table shows every stored assessment. */
  render300Ms: number;
  samples: number[];
}

/** In Chromium, on the built app: `stored` assessments in IndexedDB, the library opened `runs` times. */
export async function measureLibrary(
  url: string,
  checklist: Checklist,
  { stored = 300, runs = 7 } = {},
): Promise<LibraryBench> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // No service worker: its precaching of the whole app would compete with the timed opens.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    await seedApp(page, url, checklist, stored);
    await page.close();
    const samples: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const tab = await context.newPage();
      await tab.goto(`${url}#/library`);
      const shownAt = await tab.waitForFunction(
        (count) =>
          document.querySelectorAll("table tbody tr.library-row").length >= count ? performance.now() : null,
        stored,
        { polling: "raf" },
      );
      if (run > 0) samples.push(Number(await shownAt.jsonValue())); // the first run warms the disk cache
      await tab.close();
    }
    await context.close();
    return { render300Ms: median(samples), samples };
  } finally {
    await browser.close();
  }
}

/** `npx tsx tests/bench/library.ts` measures an existing build (BENCH_DIST, default `dist/`) on its own. */
async function runAlone(): Promise<void> {
  const { loadChecklist } = await import("./answers");
  const { withExistingBuild } = await import("./static-server");
  await withExistingBuild(async (url) => {
    const result = await measureLibrary(url, loadChecklist());
    console.error(`library samples (ms): ${result.samples.map((ms) => ms.toFixed(0)).join(" ")}`);
    console.log(`BENCH library_300_render_ms ${result.render300Ms.toFixed(0)} ms`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runAlone();
