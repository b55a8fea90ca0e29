import type { BrowserContext, Page } from "@playwright/test";
import type { Assessment } from "../../../src/domain/assessment";
import { STORAGE_KEY } from "./checklist";

/** The app's IndexedDB database (src/store/indexeddb-storage.ts). */
export const DB_NAME = "kumppanuuspeili";

/**
 * Puts `value` under the app's old localStorage key before the app's first script runs, once per tab:
 * the app moves it into its database on start, as it does for a save from before the database. The
 * sessionStorage flag keeps reloads from putting it back.
 */
export async function seedStorage(context: BrowserContext, value: string): Promise<void> {
  await context.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem("e2e:seeded") !== null) return;
      localStorage.setItem(key, text);
      sessionStorage.setItem("e2e:seeded", "1");
    },
    [STORAGE_KEY, value] as const,
  );
}

export function readStorage(page: Page, key: string = STORAGE_KEY): Promise<string | null> {
  return page.evaluate((name) => localStorage.getItem(name), key);
}

/** Every localStorage entry, for checking that nothing the user saved went missing. */
export function readAllStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key !== null) entries[key] = localStorage.getItem(key) ?? "";
    }
    return entries;
  });
}

export interface DatabaseContents {
  /** Raw stored values by key: `{ id, revision, formatVersion, assessment }` when valid. */
  assessments: Record<string, unknown>;
  settings: Record<string, unknown>;
}

/**
 * Everything in the app's database, read with the raw API. First the page is told it is being hidden
 * (pagehide), which writes pending changes at once instead of after the save delay. Never creates the
 * database: reading one that does not exist gives null.
 */
export function readDatabase(page: Page): Promise<DatabaseContents | null> {
  return page.evaluate(async (name) => {
    window.dispatchEvent(new Event("pagehide"));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const databases = await indexedDB.databases();
    if (!databases.some((database) => database.name === name)) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const readAll = (store: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const tx = db.transaction(store);
        const keys = tx.objectStore(store).getAllKeys();
        const values = tx.objectStore(store).getAll();
        tx.oncomplete = () =>
          resolve(Object.fromEntries(keys.result.map((key, index) => [String(key), values.result[index]])));
        tx.onerror = () => reject(tx.error);
      });
    const contents = { assessments: await readAll("assessments"), settings: await readAll("settings") };
    db.close();
    return contents;
  }, DB_NAME);
}

/** The assessment the app has open, as stored in its database (after writing any pending change). */
export async function readSavedAssessment(page: Page): Promise<Assessment | null> {
  const contents = await readDatabase(page);
  const openId = contents?.settings.openAssessmentId;
  if (typeof openId !== "string") return null;
  const record = contents?.assessments[openId] as { assessment?: Assessment } | undefined;
  return record?.assessment ?? null;
}

/** Runs in the page before the app: writes raw values into the app's database (damaged records, …). */
export async function seedDatabase(
  context: BrowserContext,
  records: Record<string, unknown>,
  settings: Record<string, string> = {},
): Promise<void> {
  await context.addInitScript(
    ([name, entries, settingEntries]) => {
      if (sessionStorage.getItem("e2e:db-seeded") !== null) return;
      sessionStorage.setItem("e2e:db-seeded", "1");
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore("assessments");
        request.result.createObjectStore("settings");
      };
      request.onsuccess = () => {
        const tx = request.result.transaction(["assessments", "settings"], "readwrite");
        for (const [key, value] of Object.entries(entries)) tx.objectStore("assessments").put(value, key);
        for (const [key, value] of Object.entries(settingEntries)) tx.objectStore("settings").put(value, key);
        tx.oncomplete = () => request.result.close();
      };
    },
    [DB_NAME, records, settings] as const,
  );
}
