import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../playwright.config";
import { median } from "./stats";
import { createWorkshop, regionalViewPaintedAt, workshopFileInput } from "./workshop-page";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** How long after the table is drawn long tasks still count as the import's. */
const SETTLE_MS = 1500;

export interface WorkshopBench {
  /** Median ms from the files reaching the page (the input's change event) until the regional table is on the screen. */
  importMs: number;
  /** Median of each import's longest main-thread task (Long Tasks API), from the change event to 1.5 s after the table. */
  longestTaskMs: number;
  /**
   * Median ms from clicking the workshop on the workshops list to its page with the table and the heatmap of
   * every member on the screen (the workshop read from storage, aligned, scored and drawn).
   */
  dashboardMs: number;
  /** Median ms from navigation start when the workshop's page is loaded anew (reload, bookmark); no budget. */
  dashboardReloadMs: number;
  importSamples: number[];
  longestTaskSamples: number[];
  dashboardSamples: number[];
  reloadSamples: number[];
}

/** The files as users get them: `npm run generate-assessments` into a temporary folder (the caller removes it). */
export function generateFiles(count: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "kumppanuuspeili-bench-"));
  const cli = path.join(ROOT, "src/cli/generate-assessments.ts");
  execFileSync(process.execPath, ["--import", "tsx", cli, String(count), dir, "--seed", "1"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const files = readdirSync(dir)
    .sort()
    .map((file) => path.join(dir, file));
  return { dir, files };
}

interface ImportMarks {
  /** performance.now() of the file input's change event; null until the files arrive. */
  start: number | null;
  tasks: { startTime: number; duration: number }[];
}

declare global {
  interface Window {
    __import?: ImportMarks;
  }
}

/** Runs before the app: long tasks are recorded from the first one, the file input's change marks the start. */
function installImportMarks(): void {
  const marks: ImportMarks = { start: null, tasks: [] };
  window.__import = marks;
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) marks.tasks.push({ startTime, duration });
  }).observe({ type: "longtask", buffered: true });
  // The workshop's name field fires a change too, when the create button takes the focus.
  document.addEventListener(
    "change",
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === "file")
        marks.start = performance.now();
    },
    { capture: true },
  );
}

/** One import into a fresh, empty browser profile; returns the workshop's address for the dashboard runs. */
async function importOnce(browser: Browser, url: string, files: readonly string[]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(installImportMarks);
  const workshopUrl = await createWorkshop(page, url, "Bench 308");
  await workshopFileInput(page).setInputFiles([...files]);
  const end = await page.evaluate(regionalViewPaintedAt, { count: files.length, withHeatmap: false });
  // The sections under the table render after it: their tasks are part of the import too.
  await page.waitForTimeout(SETTLE_MS);
  const { start, tasks } = await page.evaluate(() => window.__import as ImportMarks);
  if (start === null) throw new Error("the file input never changed");
  // A task counts when any part of it falls between the files' arrival and the settled page.
  const during = tasks.filter(
    (task) => task.startTime + task.duration >= start && task.startTime <= end + SETTLE_MS,
  );
  const longest = Math.max(0, ...during.map((task) => task.duration));
  return { context, workshopUrl, importMs: end - start, longestTaskMs: longest };
}

/** `runs` imports (each in a new profile, one warm-up discarded) and `runs` opens of the last one's page. */
export async function measureWorkshop(url: string, { count = 308, runs = 5 } = {}): Promise<WorkshopBench> {
  const { dir, files } = generateFiles(count);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const importSamples: number[] = [];
    const longestTaskSamples: number[] = [];
    let last: Awaited<ReturnType<typeof importOnce>> | null = null;
    for (let run = 0; run <= runs; run++) {
      await last?.context.close();
      last = await importOnce(browser, url, files);
      if (run === 0) continue;
      importSamples.push(last.importMs);
      longestTaskSamples.push(last.longestTaskMs);
    }
    if (!last) throw new Error("no import ran");
    const dashboardSamples: number[] = [];
    const reloadSamples: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const tab = await last.context.newPage();
      // Cold: the app and the stored workshop load with the page, as after a reload or a bookmark.
      await tab.goto(last.workshopUrl);
      const reloaded = await tab.evaluate(regionalViewPaintedAt, { count: files.length, withHeatmap: true });
      // As a host opens it: from the workshops list, the page's code cached, the workshop read from storage.
      await tab.goto(last.workshopUrl.replace(/#.*$/, "#/workshops"));
      const link = tab.locator('a[href^="#/workshops/"]').first();
      await link.waitFor();
      const clickedAt = await link.evaluate((element: HTMLElement) => {
        const at = performance.now();
        element.click();
        return at;
      });
      const drawn = await tab.evaluate(regionalViewPaintedAt, { count: files.length, withHeatmap: true });
      // The first run warms the disk and code caches.
      if (run > 0) {
        reloadSamples.push(reloaded);
        dashboardSamples.push(drawn - clickedAt);
      }
      await tab.close();
    }
    await last.context.close();
    return {
      importMs: median(importSamples),
      longestTaskMs: median(longestTaskSamples),
      dashboardMs: median(dashboardSamples),
      dashboardReloadMs: median(reloadSamples),
      importSamples,
      longestTaskSamples,
      dashboardSamples,
      reloadSamples,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npx tsx tests/bench/workshop.ts` measures an existing build (BENCH_DIST, default `dist/`) on its own. */
async function runAlone(): Promise<void> {
  const { withExistingBuild } = await import("./static-server");
  await withExistingBuild(async (url) => {
    const result = await measureWorkshop(url, { runs: Number(process.env.BENCH_WORKSHOP_RUNS ?? 5) });
    console.error(
      `workshop samples (import ms): ${result.importSamples.map(Math.round).join(" ")}; (longest task ms): ${result.longestTaskSamples.map(Math.round).join(" ")}; (dashboard ms): ${result.dashboardSamples.map(Math.round).join(" ")}`,
    );
    console.log(`BENCH import_308_ms ${result.importMs.toFixed(0)} ms`);
    console.log(`BENCH import_308_longest_task_ms ${result.longestTaskMs.toFixed(0)} ms`);
    console.log(`BENCH dashboard_308_render_ms ${result.dashboardMs.toFixed(0)} ms`);
    console.log(`BENCH dashboard_308_reload_ms ${result.dashboardReloadMs.toFixed(0)} ms`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runAlone();
