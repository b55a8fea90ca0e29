import type { Assessment } from "../domain/assessment";
import type { Checklist } from "../domain/checklist";
import { parseWith } from "../domain/problems";
import { checklistKey, type ReadChecklist, readStoredChecklist } from "../domain/stored-checklist";
import { type ReadRecord, readStoredRecord, type StoredRecord, storedRecord } from "../domain/stored-record";
import { type ReadWorkshop, readStoredWorkshop, type Workshop, WorkshopSchema } from "../domain/workshop";
import { toChecklistFile } from "../domain/written-checklist";

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
  /** Every stored workshop, valid or set aside. */
  listWorkshops(): Promise<ReadWorkshop[]>;
  getWorkshop(id: string): Promise<ReadWorkshop | null>;
  /**
   * Writes the workshop whole (last write wins: one tab edits a workshop at a time). Throws a WorkshopWriteError
   * when the workshop is not valid or the stored value under its id is set aside, and whatever the write throws.
   */
  putWorkshop(workshop: Workshop): Promise<void>;
  /** Removes a valid workshop; a set-aside one is never removed. */
  deleteWorkshop(id: string): Promise<void>;
  /** Every adapted checklist kept in this browser, valid or set aside. */
  listChecklists(): Promise<ReadChecklist[]>;
  /** Writes an adapted checklist under `<id>@<version>`, as its file (what its author wrote). */
  putChecklist(checklist: Checklist): Promise<void>;
  getSetting(key: SettingKey): Promise<string | null>;
  putSetting(key: SettingKey, value: string | null): Promise<void>;
  close(): void;
}

/** `lastExportAt`: when the library last exported a file (ISO time), for the reminder to export. */
export type SettingKey = "openAssessmentId" | "lastExportAt";

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

/** A workshop write refused before it reached the database: nothing stored was changed. */
export class WorkshopWriteError extends Error {
  constructor(
    readonly reason: "invalid" | "setAside",
    message: string,
  ) {
    super(message);
    this.name = "WorkshopWriteError";
  }
}

/**
 * What every backend checks inside its write transaction, given what is stored under the id now: the value to
 * store, or the reason it is refused. Validated on the way in too, so a workshop never turns into a damaged one.
 */
export function workshopToPut(workshop: Workshop, stored: unknown): Workshop {
  const parsed = parseWith(WorkshopSchema, workshop);
  if (!parsed.ok) {
    // Paths and codes only: the user sees the write failure, and the English texts stay out of the app.
    const first = parsed.problems.slice(0, 3).map(({ path, code }) => `${path || "(workshop)"}: ${code}`);
    throw new WorkshopWriteError("invalid", first.join("; "));
  }
  if (stored !== undefined && readStoredWorkshop(workshop.id, stored).kind !== "ok") {
    throw new WorkshopWriteError("setAside", `The stored workshop ${workshop.id} is set aside`);
  }
  return parsed.value;
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

type RawEntries = Iterable<readonly [string, unknown]>;

/** A checklist kept under `key` that this version cannot read is never written over. */
export function assertNotSetAside(key: string, stored: unknown): void {
  if (stored !== undefined && readStoredChecklist(key, stored).kind === "damaged") {
    throw new Error(`the checklist stored as ${key} is damaged and kept as it is`);
  }
}

/** Kept only while the page is open. `initial` and `workshops` seed raw values, as a database could hold them. */
export function createMemoryStorage(
  initial: RawEntries = [],
  initialWorkshops: RawEntries = [],
  initialChecklists: RawEntries = [],
): AssessmentStorage {
  const checklists = new Map<string, unknown>(initialChecklists);
  const records = new Map<string, unknown>(initial);
  const workshops = new Map<string, unknown>(initialWorkshops);
  const settings = new Map<SettingKey, string>();
  const read = (key: string): ReadRecord | null =>
    records.has(key) ? readStoredRecord(key, structuredClone(records.get(key))) : null;
  const readWorkshop = (key: string): ReadWorkshop | null =>
    workshops.has(key) ? readStoredWorkshop(key, structuredClone(workshops.get(key))) : null;
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
    listWorkshops: async () => [...workshops.keys()].flatMap((key) => readWorkshop(key) ?? []),
    getWorkshop: async (id) => readWorkshop(id),
    putWorkshop: async (workshop) => {
      workshops.set(workshop.id, structuredClone(workshopToPut(workshop, workshops.get(workshop.id))));
    },
    deleteWorkshop: async (id) => {
      if (readWorkshop(id)?.kind === "ok") workshops.delete(id);
    },
    listChecklists: async () =>
      [...checklists.entries()].map(([key, value]) => readStoredChecklist(key, structuredClone(value))),
    putChecklist: async (checklist) => {
      const key = checklistKey(checklist);
      assertNotSetAside(key, checklists.get(key));
      checklists.set(key, structuredClone(toChecklistFile(checklist)));
    },
    getSetting: async (key) => settings.get(key) ?? null,
    putSetting: async (key, value) => {
      if (value === null) settings.delete(key);
      else settings.set(key, value);
    },
    close: () => {},
  };
}
