import { pathToFileURL } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../playwright.config";
import type { Checklist } from "../../src/domain/checklist";
import { storedRecord } from "../../src/domain/stored-record";
import { randomAssessment, seededRandom } from "./answers";
import { median } from "./stats";

/** As in src/store/indexeddb-storage.ts; the bench reads the app's own User Timing entries. */
const DB_NAME = "kumppanuuspeili";
const WRITE_MEASURE = "kumppanuuspeili:storage-write";

export interface StorageBench {
  /** Median ms of the app's write transaction (start to confirmed completion) with `stored` records. */
  writeMs: number;
  /** Median ms from navigation start until the open assessment is shown on the details page. */
  open300Ms: number;
  writeSamples: number[];
  openSamples: number[];
}

function seededRecords(checklist: Checklist, count: number) {
  return Array.from({ length: count }, (_, index) => {
    const id = `bench-assessment-${String(index).padStart(4, "0")}`;
    const assessment = {
      ...randomAssessment(checklist, seededRandom(index + 1)),
      id,
      meta: {
        municipality: `Kunta ${index}`,
        year: 2026,
        respondentRole: "municipality" as const,
        date: "2026-11-23",
      },
    };
    return storedRecord(assessment, 1);
  });
}

/** Writes the records with the raw API, as the app's database holds them, and opens the last one. */
async function seed(page: Page, records: unknown[], openId: string): Promise<void> {
  await page.evaluate(
    ([name, values, id]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name as string);
        request.onsuccess = () => {
          const tx = request.result.transaction(["assessments", "settings"], "readwrite");
          for (const value of values as { id: string }[]) tx.objectStore("assessments").put(value, value.id);
          tx.objectStore("settings").put(id, "openAssessmentId");
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    [DB_NAME, records, openId] as const,
  );
}

/**
 * Visits the app so it creates its database, then stores `count` generated assessments in it with the raw API
 * and opens the last one. Returns the records, in order.
 */
export async function seedApp(page: Page, url: string, checklist: Checklist, count: number) {
  await page.goto(url);
  // The start page's HTML is prerendered: wait for the app itself to have opened its database.
  // (waitForFunction would take the async check's promise as a truthy answer, so this polls by hand.)
  const appVersion = () =>
    page.evaluate(
      async (name) => (await indexedDB.databases()).find((database) => database.name === name)?.version ?? 0,
      DB_NAME,
    );
  while ((await appVersion()) < 2) await page.waitForTimeout(20);
  const records = seededRecords(checklist, count);
  const open = records[records.length - 1];
  if (!open) throw new Error("no records");
  await seed(page, records, open.id);
  return records;
}

/** In Chromium, on the built app: `stored` assessments in IndexedDB, `runs` page opens and `writes` edits. */
export async function measureStorage(
  url: string,
  checklist: Checklist,
  { stored = 300, runs = 7, writes = 15 } = {},
): Promise<StorageBench> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // No service worker: its precaching of the whole app would compete with the timed opens.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    const records = await seedApp(page, url, checklist, stored);
    const open = records[records.length - 1];
    if (!open) throw new Error("no records");
    await page.close();

    const openSamples: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const tab = await context.newPage();
      await tab.goto(`${url}#/assessment/details`);
      const shownAt = await tab.waitForFunction(
        (municipality) => {
          const input = document.querySelector<HTMLInputElement>("input[list]");
          return input?.value === municipality ? performance.now() : null;
        },
        open.assessment.meta.municipality,
        { polling: "raf" },
      );
      if (run > 0) openSamples.push(Number(await shownAt.jsonValue())); // the first run warms the disk cache
      await tab.close();
    }

    const tab = await context.newPage();
    await tab.goto(`${url}#/assessment/details`);
    const input = tab.locator("input[list]");
    await input.waitFor();
    for (let write = 0; write < writes; write++) {
      await input.fill(`Kunta ${write} muokattu`);
      await tab.waitForFunction(
        ([name, count]) => performance.getEntriesByName(name as string).length >= (count as number),
        [WRITE_MEASURE, write + 1] as const,
      );
    }
    const writeSamples = await tab.evaluate(
      (name) => performance.getEntriesByName(name).map((entry) => entry.duration),
      WRITE_MEASURE,
    );
    await context.close();
    return { writeMs: median(writeSamples), open300Ms: median(openSamples), writeSamples, openSamples };
  } finally {
    await browser.close();
  }
}

/** `npx tsx tests/bench/storage.ts` measures an existing build (BENCH_DIST, default `dist/`) on its own. */
async function runAlone(): Promise<void> {
  const { loadChecklist } = await import("./answers");
  const { withExistingBuild } = await import("./static-server");
  await withExistingBuild(async (url) => {
    const result = await measureStorage(url, loadChecklist());
    console.error(
      `storage samples (write ms): ${result.writeSamples.join(" ")}; (open ms): ${result.openSamples.join(" ")}`,
    );
    console.log(`BENCH storage_write_ms ${result.writeMs.toFixed(1)} ms`);
    console.log(`BENCH storage_open_300_ms ${result.open300Ms.toFixed(0)} ms`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runAlone();
