import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type CDPSession, chromium, type Locator, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../playwright.config";
import type { Checklist } from "../../src/domain/checklist";
import { reportFixture } from "../../src/features/report/report-fixture";
import { REPORT_MEASURE } from "../../src/features/report/report-measure";
import { persistedState, STORAGE_KEY } from "../e2e/support/checklist";
import { gzipSize, readManifest, type SizedFile, staticClosure } from "./sizes";
import { withExistingBuild } from "./static-server";
import { median, round } from "./stats";

const PDF_ENTRY = "src/features/report/pdf/create-report-pdf.ts";
const REPORT_PAGE = "src/features/report/report-page.tsx";
/** Only jsPDF has this name; finding it in a file means the PDF code is in that file. */
const JSPDF_MARKER = "addFileToVFS";

export interface PdfBuild {
  /** JS that loads when a report is made: the PDF entry and its imports not already loaded by the page. */
  chunk: SizedFile[];
  /** The TrueType files fetched with it (only the report uses TrueType), by their plain size. */
  fonts: { file: string; bytes: number }[];
  /** Files loaded before a report is asked for (initial JS, the report page) that contain jsPDF. */
  pdfCodeOutsideItsChunk: string[];
}

export function measurePdfBuild(distDir: string, initialJs: readonly string[]): PdfBuild {
  const manifest = readManifest(distDir);
  if (!manifest[PDF_ENTRY]) throw new Error(`${PDF_ENTRY} is not a chunk of its own in the build`);
  const page = staticClosure(manifest, [REPORT_PAGE]).js;
  const loadedBefore = new Set([...initialJs, ...page]);
  const chunk = staticClosure(manifest, [PDF_ENTRY])
    .js.filter((file) => !loadedBefore.has(file))
    .map((file) => ({ file, gzipBytes: gzipSize(path.join(distDir, file)) }));
  const ttf = new Set(Object.values(manifest).flatMap((entry) => entry.assets ?? []));
  const fonts = [...ttf]
    .filter((file) => file.endsWith(".ttf"))
    .map((file) => ({ file, bytes: statSync(path.join(distDir, file)).size }));
  const pdfCodeOutsideItsChunk = [...loadedBefore].filter((file) =>
    readFileSync(path.join(distDir, file), "utf8").includes(JSPDF_MARKER),
  );
  return { chunk, fonts, pdfCodeOutsideItsChunk };
}

export interface PdfTimings {
  /** Median ms from pressing "Create PDF report" to the finished file, each in a fresh browser context. */
  firstReportMs: number;
  /** Median of a second report in the same page: code and fonts already loaded. */
  repeatReportMs: number;
  /**
   * Median main-thread CPU time of the first report (from just before the press until the file is there). On
   * a machine shared with other work the wall-clock figures swing with the load; this one much less.
   */
  firstReportCpuMs: number;
  samples: { first: number; repeat: number; firstCpu: number; repeatCpu: number }[];
}

/** The renderer's main-thread CPU time so far (CDP Performance.getMetrics ThreadTime), in ms. */
async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((metric) => metric.name === "ThreadTime")?.value ?? Number.NaN) * 1000;
}

/** One report: its time from the button press to the file, and the main thread's CPU time meanwhile. */
async function reportOnce(page: Page, cdp: CDPSession, button: Locator) {
  const cpuBefore = await mainThreadMs(cdp);
  const before = await page.evaluate((name) => performance.getEntriesByName(name).length, REPORT_MEASURE);
  await Promise.all([page.waitForEvent("download"), button.click()]);
  const handle = await page.waitForFunction(
    ([name, count]) => {
      const entries = performance.getEntriesByName(name as string);
      return entries.length > (count as number) ? entries[entries.length - 1]?.duration : null;
    },
    [REPORT_MEASURE, before] as const,
  );
  const ms = (await handle.jsonValue()) as number;
  return { ms, cpuMs: (await mainThreadMs(cdp)) - cpuBefore };
}

/**
 * Makes the full report (the shipped checklist, a plan, the annual clock and the Koski Tl comparison) in the
 * built app, timed by the app itself from the button press to the finished file. Each run is a new context,
 * so the PDF code and the fonts are fetched as on a user's first visit to the report page (it fetches them
 * when idle); the press comes once the page has settled. One warm-up run is discarded.
 */
export async function measurePdfReport(url: string, checklist: Checklist, runs: number): Promise<PdfTimings> {
  const saved = [STORAGE_KEY, persistedState(reportFixture(checklist), "fi")] as const;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples: PdfTimings["samples"] = [];
  try {
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ acceptDownloads: true });
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), saved);
      const page = await context.newPage();
      await page.goto(`${url}#/report`);
      await page.getByRole("radio", { name: /Koski Tl/ }).waitFor();
      // As a user presses it: after the page has settled, which is when its PDF code and fonts are in.
      await page.waitForLoadState("networkidle");
      const button = page.getByRole("button", { name: "Luo PDF-raportti" });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const first = await reportOnce(page, cdp, button);
      const repeat = await reportOnce(page, cdp, button);
      await context.close();
      if (run > 0)
        samples.push({ first: first.ms, repeat: repeat.ms, firstCpu: first.cpuMs, repeatCpu: repeat.cpuMs });
    }
  } finally {
    await browser.close();
  }
  return {
    firstReportMs: median(samples.map((sample) => sample.first)),
    repeatReportMs: median(samples.map((sample) => sample.repeat)),
    firstReportCpuMs: median(samples.map((sample) => sample.firstCpu)),
    samples,
  };
}

/** `npx tsx tests/bench/pdf.ts` measures the PDF report of an existing build (BENCH_DIST, default `dist/`). */
async function runAlone(): Promise<void> {
  const { loadChecklist } = await import("./answers");
  await withExistingBuild(async (url) => {
    const pdf = await measurePdfReport(url, loadChecklist(), Number(process.env.BENCH_PDF_RUNS ?? 5));
    console.error(
      `PDF report samples (first/repeat ms, first/repeat main-thread CPU ms): ${pdf.samples.map((s) => `${round(s.first)}/${round(s.repeat)} ${round(s.firstCpu)}/${round(s.repeatCpu)}`).join("; ")}`,
    );
    console.log(`BENCH pdf_full_report_ms ${round(pdf.firstReportMs)} ms`);
    console.log(`BENCH pdf_repeat_report_ms ${round(pdf.repeatReportMs)} ms`);
    console.log(`BENCH pdf_full_report_cpu_ms ${round(pdf.firstReportCpuMs)} ms`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runAlone();
