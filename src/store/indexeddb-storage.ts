import { type DBSchema, type IDBPDatabase, wrap } from "idb";
import type { ReadRecord } from "../domain/stored-record";
import { readStoredRecord } from "../domain/stored-record";
import { type AssessmentStorage, decidePut, type SettingKey, StorageOpenError } from "./assessment-storage";
import { errorName } from "./error-name";

export const DB_NAME = "kumppanuuspeili";
/** The User Timing entry of each confirmed write, start of the transaction to its completion. */
export const WRITE_MEASURE = "kumppanuuspeili:storage-write";
/** Bump with an upgrade step below when the stores or indexes change. */
export const DB_VERSION = 1;

interface Schema extends DBSchema {
  /** Values are StoredRecords, but anything may be found there: each is validated when read. */
  assessments: { key: string; value: unknown };
  settings: { key: string; value: string };
}

type Database = IDBPDatabase<Schema>;

/**
 * Opens the app's database (IndexedDB through `idb`). A database made by a newer app version is refused
 * untouched (the browser raises VersionError before any upgrade runs).
 */
export async function openIndexedDbStorage(
  factory: IDBFactory | null | undefined = globalThis.indexedDB,
): Promise<AssessmentStorage> {
  if (!factory) throw new StorageOpenError("unavailable", "IndexedDB is not available");
  let db: Database;
  try {
    // The native open on the given factory, wrapped by idb: openDB itself always uses the global one.
    const request = factory.open(DB_NAME, DB_VERSION);
    request.addEventListener("upgradeneeded", (event) => {
      if (event.oldVersion < 1) {
        request.result.createObjectStore("assessments");
        request.result.createObjectStore("settings");
      }
    });
    const opened = await wrap(request);
    if (!opened) throw new Error("IndexedDB gave no database");
    db = opened as unknown as Database;
  } catch (error) {
    if (errorName(error) === "VersionError")
      throw new StorageOpenError("newerDatabase", "The database was made by a newer version of the app");
    throw new StorageOpenError("openFailed", error instanceof Error ? error.message : String(error));
  }
  // A newer app version in another tab wants to upgrade: step aside rather than block it.
  db.addEventListener("versionchange", () => db.close());
  return indexedDbStorage(db);
}

function indexedDbStorage(db: Database): AssessmentStorage {
  return {
    kind: "indexedDb",
    async list() {
      const tx = db.transaction("assessments");
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      await tx.done;
      return keys.map((key, index): ReadRecord => readStoredRecord(key, values[index]));
    },
    async get(id) {
      const value = await db.get("assessments", id);
      return value === undefined ? null : readStoredRecord(id, value);
    },
    async put(assessment, expectedRevision) {
      const started = performance.now();
      // Read and write in one readwrite transaction: no other tab can write between the check and the put.
      const tx = db.transaction("assessments", "readwrite");
      // Kept from rejecting unobserved when the transaction aborts; awaited below.
      const done = tx.done;
      done.catch(() => {});
      try {
        const result = decidePut(
          assessment.id,
          await tx.store.get(assessment.id),
          assessment,
          expectedRevision,
        );
        if (result.ok) await tx.store.put(result.record, assessment.id);
        await done;
        // User Timing: the bench (tests/bench/storage.ts) reads how long confirmed writes take.
        performance.measure?.(WRITE_MEASURE, { start: started });
        return result;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
        throw error;
      }
    },
    async delete(id) {
      const tx = db.transaction("assessments", "readwrite");
      const value = await tx.store.get(id);
      if (value !== undefined && readStoredRecord(id, value).kind === "ok") await tx.store.delete(id);
      await tx.done;
    },
    async getSetting(key: SettingKey) {
      return (await db.get("settings", key)) ?? null;
    },
    async putSetting(key: SettingKey, value: string | null) {
      if (value === null) await db.delete("settings", key);
      else await db.put("settings", value, key);
    },
    close: () => db.close(),
  };
}
