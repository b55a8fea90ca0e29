import { type DBSchema, type IDBPDatabase, wrap } from "idb";
import { checklistKey, readStoredChecklist } from "../domain/stored-checklist";
import type { ReadRecord } from "../domain/stored-record";
import { readStoredRecord } from "../domain/stored-record";
import { readStoredWorkshop, readStoredWorkshopInSlices } from "../domain/workshop";
import { toChecklistFile } from "../domain/written-checklist";
import {
  type AssessmentStorage,
  assertNotSetAside,
  decidePut,
  type SettingKey,
  StorageOpenError,
  workshopToPut,
} from "./assessment-storage";
import { errorName } from "./error-name";
import { nextTask } from "./next-task";

export const DB_NAME = "kumppanuuspeili";
/** The User Timing entry of each confirmed write, start of the transaction to its completion. */
export const WRITE_MEASURE = "kumppanuuspeili:storage-write";
/** Bump with an upgrade step below when the stores or indexes change. 2 added the workshops, 3 the checklists. */
export const DB_VERSION = 3;

interface Schema extends DBSchema {
  /** Values are StoredRecords, but anything may be found there: each is validated when read. */
  assessments: { key: string; value: unknown };
  settings: { key: string; value: string };
  /** Values are Workshops, validated when read like the assessments. */
  workshops: { key: string; value: unknown };
  /** Adapted checklists as files, keyed by `<id>@<version>`; validated when read. */
  checklists: { key: string; value: unknown };
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
      // Each step only adds: an upgrade never touches the records already stored.
      if (event.oldVersion < 1) {
        request.result.createObjectStore("assessments");
        request.result.createObjectStore("settings");
      }
      if (event.oldVersion < 2) request.result.createObjectStore("workshops");
      if (event.oldVersion < 3) request.result.createObjectStore("checklists");
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

/**
 * Runs `write` inside the transaction and waits until it commits. Anything thrown aborts it, so a refused or
 * failed write leaves what was stored exactly as it was.
 */
async function committed<T>(tx: { done: Promise<void>; abort(): void }, write: () => Promise<T>): Promise<T> {
  // Kept from rejecting unobserved when the transaction aborts; awaited below.
  const done = tx.done;
  done.catch(() => {});
  try {
    const result = await write();
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
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
      const result = await committed(tx, async () => {
        const decided = decidePut(
          assessment.id,
          await tx.store.get(assessment.id),
          assessment,
          expectedRevision,
        );
        if (decided.ok) await tx.store.put(decided.record, assessment.id);
        return decided;
      });
      // User Timing: the bench (tests/bench/storage.ts) reads how long confirmed writes take.
      performance.measure?.(WRITE_MEASURE, { start: started });
      return result;
    },
    async delete(id) {
      const tx = db.transaction("assessments", "readwrite");
      const value = await tx.store.get(id);
      if (value !== undefined && readStoredRecord(id, value).kind === "ok") await tx.store.delete(id);
      await tx.done;
    },
    async listWorkshops() {
      const tx = db.transaction("workshops");
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      await tx.done;
      return keys.map((key, index) => readStoredWorkshop(key, values[index]));
    },
    async getWorkshop(id) {
      const value = await db.get("workshops", id);
      // In slices: a workshop of a region's files is hundreds of assessments to check.
      return value === undefined ? null : readStoredWorkshopInSlices(id, value, nextTask);
    },
    async putWorkshop(workshop) {
      const tx = db.transaction("workshops", "readwrite");
      await committed(tx, async () => {
        await tx.store.put(workshopToPut(workshop, await tx.store.get(workshop.id)), workshop.id);
      });
    },
    async deleteWorkshop(id) {
      const tx = db.transaction("workshops", "readwrite");
      const value = await tx.store.get(id);
      if (value !== undefined && readStoredWorkshop(id, value).kind === "ok") await tx.store.delete(id);
      await tx.done;
    },
    async listChecklists() {
      const tx = db.transaction("checklists");
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      await tx.done;
      return keys.map((key, index) => readStoredChecklist(key, values[index]));
    },
    async putChecklist(checklist) {
      const tx = db.transaction("checklists", "readwrite");
      const key = checklistKey(checklist);
      await committed(tx, async () => {
        assertNotSetAside(key, await tx.store.get(key));
        await tx.store.put(toChecklistFile(checklist), key);
      });
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
