import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../playwright.config";
import type { Checklist } from "../../src/domain/checklist";
import { randomAssessment, seededRandom } from "./answers";
import { withExistingBuild } from "./static-server";
import { median, round } from "./stats";

/** The app's pre-IndexedDB storage key: an assessment found there is taken into the database on load. */
const LEGACY_STORAGE_KEY = "kumppanuuspeili";
/** Long tasks this long after the chart is on the screen still count: the page must also settle without one. */
const IDLE_MS = 1000;
/** A long task, as the Long Tasks API defines it. */
const LONG_TASK_MS = 50;

interface LongTask {
  startTime: number;
  duration: number;
  /** The Long Tasks API's attribution: which frame or container the task ran in. */
  attribution: string;
}

interface FrameScript {
  startTime: number;
  duration: number;
  /** Where the script came from and what started it (Long Animation Frames API), when Chromium tells. */
  source: string;
}

interface TaskMarks {
  tasks: LongTask[];
  scripts: FrameScript[];
}

declare global {
  interface Window {
    __tasks?: TaskMarks;
  }
}

/**
 * Runs before the page's scripts. Long tasks are the figure; long animation frames are recorded beside them
 * only to say which script ran in a long task (the Long Tasks API names just the frame).
 */
function installTaskMarks(): void {
  const marks: TaskMarks = { tasks: [], scripts: [] };
  window.__tasks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const attribution = ((entry as unknown as { attribution?: Record<string, string>[] }).attribution ?? [])
        .map((a) => `${a.name}/${a.containerType}${a.containerSrc ? ` ${a.containerSrc}` : ""}`)
        .join(", ");
      marks.tasks.push({ startTime: entry.startTime, duration: entry.duration, attribution });
    }
  }).observe({ type: "longtask", buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes("long-animation-frame")) {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        const scripts = (frame as unknown as { scripts?: Record<string, string | number>[] }).scripts ?? [];
        for (const script of scripts)
          marks.scripts.push({
            startTime: Number(script.startTime),
            duration: Number(script.duration),
            source: `${script.invokerType} ${script.invoker} ${script.sourceFunctionName || "(anonymous)"} ${script.sourceURL}:${script.sourceCharPosition}`,
          });
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  }
}

/**
 * Runs in the page (serialised, so self-contained): resolves with performance.now() at the frame after the
 * one in which the results page shows the theme bars, scrolled to as soon as its section is there, as a
 * reader scrolls down.
 */
async function chartPaintedAt(): Promise<number> {
  const deadline = performance.now() + 30_000;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const section = document.querySelector(".chart-section");
    section?.scrollIntoView();
    if (section?.querySelector(".theme-bars")) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now();
    }
    if (performance.now() > deadline) throw new Error("the results chart was not drawn within 30 s");
  }
}

export interface ResultsTasks {
  /** Median over runs of the longest main-thread task from navigation to the drawn chart plus 1 s. */
  longestTaskMs: number;
  /** Median over runs of how many tasks in that span took longer than 50 ms. */
  longTasks: number;
  /** Median ms from navigation to the drawn chart (context for the tasks, no budget). */
  chartDrawnMs: number;
  samples: { longest: number; count: number; drawn: number }[];
}

async function loadResultsOnce(browser: Browser, url: string, saved: string, log: (line: string) => void) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(
      ([key, value]) => {
        // Only the first document: the app moves it into IndexedDB and removes the key.
        if (!sessionStorage.getItem("__bench-seeded")) {
          localStorage.setItem(key, value);
          sessionStorage.setItem("__bench-seeded", "1");
        }
      },
      [LEGACY_STORAGE_KEY, saved] as const,
    );
    await context.addInitScript(installTaskMarks);
    const page = await context.newPage();
    await page.goto(`${url}#/results`);
    const drawn = await page.evaluate(chartPaintedAt);
    await page.waitForTimeout(IDLE_MS);
    const marks = (await page.evaluate(() => window.__tasks)) as TaskMarks;
    const tasks = marks.tasks.filter((task) => task.startTime <= drawn + IDLE_MS);
    for (const task of tasks) {
      const end = task.startTime + task.duration;
      const scripts = marks.scripts
        .filter((script) => script.startTime < end && script.startTime + script.duration > task.startTime)
        .map((script) => `${round(script.duration)} ms ${script.source}`);
      log(
        `results long task at ${round(task.startTime)} ms, ${round(task.duration)} ms (${task.attribution || "no attribution"})${scripts.length > 0 ? `; scripts: ${scripts.join("; ")}` : ""}`,
      );
    }
    return {
      longest: Math.max(0, ...tasks.map((task) => task.duration)),
      count: tasks.filter((task) => task.duration > LONG_TASK_MS).length,
      drawn,
    };
  } finally {
    await context.close();
  }
}

/**
 * Cold loads of the results page of a seeded assessment (the shipped checklist, every item answered), each in
 * a new context; one warm-up load is discarded. Every long task is printed through `log` with its timing and
 * the scripts that ran in it.
 */
export async function measureResultsTasks(
  url: string,
  checklist: Checklist,
  runs: number,
  log: (line: string) => void = console.error,
): Promise<ResultsTasks> {
  const saved = JSON.stringify({
    state: { assessment: randomAssessment(checklist, seededRandom(7)), language: "fi" },
    version: 1,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples: ResultsTasks["samples"] = [];
  try {
    for (let run = 0; run <= runs; run++) {
      const sample = await loadResultsOnce(browser, url, saved, run === 0 ? () => {} : log);
      if (run > 0) samples.push(sample);
    }
  } finally {
    await browser.close();
  }
  return {
    longestTaskMs: median(samples.map((sample) => sample.longest)),
    longTasks: median(samples.map((sample) => sample.count)),
    chartDrawnMs: median(samples.map((sample) => sample.drawn)),
    samples,
  };
}

/** `npx tsx tests/bench/results-tasks.ts` measures an existing build (BENCH_DIST, default `dist/`) on its own. */
async function runAlone(): Promise<void> {
  const { loadChecklist } = await import("./answers");
  await withExistingBuild(async (url) => {
    const result = await measureResultsTasks(url, loadChecklist(), Number(process.env.BENCH_RUNS ?? 7));
    console.error(
      `results samples (longest task/long tasks/chart drawn ms): ${result.samples.map((s) => `${round(s.longest)}/${s.count}/${round(s.drawn)}`).join(" ")}`,
    );
    console.log(`BENCH results_longest_task_ms ${round(result.longestTaskMs)} ms`);
    console.log(`BENCH results_long_tasks ${result.longTasks} tasks`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runAlone();
