import type { Assessment } from "../domain/assessment";
import { type ReadRecord, readStoredRecord, type StoredRecord, storedRecord } from "../domain/stored-record";

/**
 * Where assessments are kept: one record per assessment and a few settings. Features never see this;
 * they use the zustand store, which writes through it.
 */
export interface AssessmentStorage {
  /** "indexedDb" survives closing the page; "memory" does not. */
  readonly kind: "indexedDb" | "memory";
  /** Every stored record, valid or set aside. */
  list(): Promise<ReadRecord[]>;
  get(id: string): Promise<ReadRecord | null>;
  /**
   * Writes the assessment as the next revision after `expectedRevision` (0: not stored yet). Refused with
   * "conflict" when the stored revision is newer, and with "setAside" when the stored value is damaged or
   * from a newer format. Throws when the write itself fails (quota, blocked, closed).
   */
  put(assessment: Assessment, expectedRevision: number): Promise<PutResult>;
  /** Removes a valid record; a set-aside one is never removed. */
  delete(id: string): Promise<void>;
  getSetting(key: SettingKey): Promise<string | null>;
  putSetting(key: SettingKey, value: string | null): Promise<void>;
  close(): void;
}

export type SettingKey = "openAssessmentId";

export type PutResult =
  | { ok: true; record: StoredRecord }
  | { ok: false; reason: "conflict"; current: StoredRecord }
  | { ok: false; reason: "setAside" };

/**
 * The decision every backend makes inside its write transaction, given what is stored under the id now.
 * Pure, so both backends decide alike.
 */
export function decidePut(
  key: string,
  stored: unknown,
  assessment: Assessment,
  expectedRevision: number,
): PutResult {
  if (stored === undefined) return { ok: true, record: storedRecord(assessment, expectedRevision + 1) };
  const read = readStoredRecord(key, stored);
  if (read.kind !== "ok") return { ok: false, reason: "setAside" };
  if (read.record.revision > expectedRevision) return { ok: false, reason: "conflict", current: read.record };
  return { ok: true, record: storedRecord(assessment, Math.max(read.record.revision, expectedRevision) + 1) };
}

/** Why IndexedDB could not be used; the app then keeps data in memory while the page is open. */
export type StorageOpenFailure = "unavailable" | "newerDatabase" | "openFailed";

export class StorageOpenError extends Error {
  constructor(
    readonly reason: StorageOpenFailure,
    message: string,
  ) {
    super(message);
    this.name = "StorageOpenError";
  }
}

/** Kept only while the page is open. `initial` seeds raw values, as a database could hold them. */
export function createMemoryStorage(initial: Iterable<readonly [string, unknown]> = []): AssessmentStorage {
  const records = new Map<string, unknown>(initial);
  const settings = new Map<SettingKey, string>();
  const read = (key: string): ReadRecord | null =>
    records.has(key) ? readStoredRecord(key, structuredClone(records.get(key))) : null;
  return {
    kind: "memory",
    list: async () => [...records.keys()].flatMap((key) => read(key) ?? []),
    get: async (id) => read(id),
    put: async (assessment, expectedRevision) => {
      const result = decidePut(assessment.id, records.get(assessment.id), assessment, expectedRevision);
      if (result.ok) records.set(assessment.id, structuredClone(result.record));
      return result;
    },
    delete: async (id) => {
      if (read(id)?.kind === "ok") records.delete(id);
    },
    getSetting: async (key) => settings.get(key) ?? null,
    putSetting: async (key, value) => {
      if (value === null) settings.delete(key);
      else settings.set(key, value);
    },
    close: () => {},
  };
}
