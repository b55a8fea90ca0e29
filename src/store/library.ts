import { create } from "zustand";
import { type Assessment, type AssessmentMeta, newAssessmentId } from "../domain/assessment";
import { assessmentsFileName, toAssessmentsFile } from "../domain/assessment-archive";
import { assessmentFileName, toAssessmentFile } from "../domain/assessment-file";
import {
  type DuplicateReason,
  duplicateForYear,
  findDuplicate,
  type LibraryRow,
  libraryRow,
} from "../domain/library";
import type { Problem } from "../domain/problems";
import { findChecklistOrLatest } from "../domain/registry-lookup";
import type { StoredRecord } from "../domain/stored-record";
import { saver, useAppStore } from "./app-store";
import type { AssessmentStorage } from "./assessment-storage";
import { errorName } from "./error-name";
import type { ImportOutcome } from "./read-import-file";
import { whenStorage } from "./storage-handle";

/** How much the browser lets this site keep, and whether it may clear it when space runs low. */
export interface StorageUsage {
  /** Bytes; null when the browser does not tell. */
  usage: number | null;
  quota: number | null;
  /** null when the browser does not tell. */
  isPersisted: boolean | null;
}

/** An incoming assessment that matches a stored one: the user chooses what happens. */
export interface ImportConflict {
  sourceName: string;
  incoming: Assessment;
  existing: Assessment;
  reason: DuplicateReason;
}

export type ConflictChoice = "keepBoth" | "replace" | "skip";

export interface ImportSummary {
  added: number;
  conflicts: ImportConflict[];
  refused: { sourceName: string; problems: Problem[] }[];
}

/** A file to download: the feature hands it to the browser (src/ui/download.ts). */
export interface ExportFile {
  fileName: string;
  text: string;
}

export interface LibraryState {
  /** Every valid stored assessment, the open one as the screen has it; null until loaded. */
  assessments: Assessment[] | null;
  /** Deleted in this page: kept in memory so each can be restored until the page is closed. */
  deleted: Assessment[];
  usage: StorageUsage | null;
  lastExportAt: string | null;
  /** The last write that failed, by the error's name; cleared by the next that succeeds. */
  writeError: string | null;
  load(): Promise<void>;
  /** Makes the stored assessment the open one every page works on; false when it is not stored. */
  open(id: string): Promise<boolean>;
  /** A copy for `year` under a new id, opened; the original stays as it is. */
  duplicate(id: string, year: number, options: { carryPlan: boolean }): Promise<Assessment | null>;
  editDetails(id: string, meta: AssessmentMeta): Promise<void>;
  remove(id: string): Promise<void>;
  /** Writes the deleted assessment back as it was, under its own id. */
  restore(id: string): Promise<void>;
  exportOne(id: string): Promise<ExportFile | null>;
  exportAll(): Promise<ExportFile>;
  /** Stores what does not match a stored one; the ones that do are returned to ask about. */
  importOutcomes(outcomes: readonly ImportOutcome[]): Promise<ImportSummary>;
  resolveConflicts(conflicts: readonly ImportConflict[], choices: readonly ConflictChoice[]): Promise<void>;
}

async function readUsage(): Promise<StorageUsage> {
  const storage = globalThis.navigator?.storage;
  const [estimate, isPersisted] = await Promise.all([
    storage?.estimate?.().catch(() => null) ?? null,
    storage?.persisted?.().catch(() => null) ?? null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, isPersisted };
}

async function storedRecords(storage: AssessmentStorage): Promise<StoredRecord[]> {
  return (await storage.list()).flatMap((read) => (read.kind === "ok" ? [read.record] : []));
}

/**
 * A new record, never written over another: when the id is taken (or set aside), under a new id instead.
 */
async function createRecord(storage: AssessmentStorage, assessment: Assessment): Promise<StoredRecord> {
  const result = await storage.put(assessment, 0);
  if (result.ok) return result.record;
  const moved = await storage.put({ ...assessment, id: newAssessmentId() }, 0);
  if (!moved.ok) throw new Error("A new record could not be written");
  return moved.record;
}

/** Writes over the valid record stored under the id, whatever its revision; a new record when there is none. */
async function overwrite(storage: AssessmentStorage, assessment: Assessment): Promise<StoredRecord> {
  const read = await storage.get(assessment.id);
  if (read?.kind !== "ok") return createRecord(storage, assessment);
  const result = await storage.put(assessment, read.record.revision);
  // Another tab wrote in between: its write is older than the user's choice here, so try again on top of it.
  return result.ok ? result.record : overwrite(storage, assessment);
}

const isOpen = (id: string) => useAppStore.getState().assessment?.id === id;

/** The stored record is now the open one: the saver follows it, the store shows it, the next visit opens it. */
async function show(storage: AssessmentStorage, record: StoredRecord): Promise<void> {
  saver.open(record);
  useAppStore.setState({ assessment: record.assessment });
  await storage.putSetting("openAssessmentId", record.id);
}

export const useLibraryStore = create<LibraryState>()((set, get) => {
  /** Writes go through the open one's pending saves first, so the database has what the screen shows. */
  const ready = async () => {
    await saver.flush();
    return whenStorage();
  };
  /** Runs a change to storage and reloads the list; a failed write is kept to show, nothing is changed. */
  const run = async <T>(task: (storage: AssessmentStorage) => Promise<T>): Promise<T | null> => {
    const storage = await ready();
    try {
      const result = await task(storage);
      set({ writeError: null });
      return result;
    } catch (error) {
      set({ writeError: errorName(error) });
      return null;
    } finally {
      await get().load();
    }
  };
  const stored = (id: string) => get().assessments?.find((assessment) => assessment.id === id) ?? null;

  return {
    assessments: null,
    deleted: [],
    usage: null,
    lastExportAt: null,
    writeError: null,

    load: async () => {
      const storage = await ready();
      // The browser's estimate can take longer than the list: the list is shown without waiting for it.
      const usage = readUsage().then((value) => set({ usage: value }));
      const [records, lastExportAt] = await Promise.all([
        storedRecords(storage).catch(() => []),
        storage.getSetting("lastExportAt").catch(() => null),
      ]);
      const open = useAppStore.getState().assessment;
      const assessments = records.map((record) => (record.id === open?.id ? open : record.assessment));
      set({ assessments, lastExportAt });
      await usage;
    },

    open: async (id) => {
      const storage = await ready();
      const read = await storage.get(id);
      if (read?.kind !== "ok") return false;
      await show(storage, read.record);
      return true;
    },

    duplicate: async (id, year, { carryPlan }) => {
      const original = stored(id);
      if (!original) return null;
      return run(async (storage) => {
        const copy = duplicateForYear(original, year, { carryPlan });
        await show(storage, await createRecord(storage, copy));
        return copy;
      });
    },

    editDetails: async (id, meta) => {
      if (isOpen(id)) {
        // The whole meta: a code the new details no longer have must not stay from the old ones.
        useAppStore.getState().updateMeta({ municipalityCode: undefined, ...meta });
        await run(async () => {});
        return;
      }
      const assessment = stored(id);
      if (!assessment) return;
      await run((storage) =>
        overwrite(storage, { ...assessment, meta, updatedAt: new Date().toISOString() }),
      );
    },

    remove: async (id) => {
      const assessment = stored(id);
      if (!assessment) return;
      await run(async (storage) => {
        await storage.delete(id);
        set(({ deleted }) => ({ deleted: [...deleted.filter((other) => other.id !== id), assessment] }));
        if (isOpen(id)) {
          useAppStore.setState({ assessment: null });
          await storage.putSetting("openAssessmentId", null);
        }
      });
    },

    restore: async (id) => {
      const assessment = get().deleted.find((other) => other.id === id);
      if (!assessment) return;
      await run(async (storage) => {
        await createRecord(storage, assessment);
        set(({ deleted }) => ({ deleted: deleted.filter((other) => other.id !== id) }));
      });
    },

    exportOne: async (id) => {
      const assessment = stored(id);
      if (!assessment) return null;
      return run(async (storage) => {
        await storage.putSetting("lastExportAt", new Date().toISOString());
        return {
          fileName: assessmentFileName(assessment),
          text: JSON.stringify(toAssessmentFile(assessment), null, 2),
        };
      });
    },

    exportAll: async () => {
      await get().load();
      const now = new Date();
      const file = {
        fileName: assessmentsFileName(now),
        text: JSON.stringify(toAssessmentsFile(get().assessments ?? [], now), null, 2),
      };
      await run((storage) => storage.putSetting("lastExportAt", now.toISOString()));
      return file;
    },

    importOutcomes: async (outcomes) => {
      const summary: ImportSummary = { added: 0, conflicts: [], refused: [] };
      await run(async (storage) => {
        const known = (await storedRecords(storage)).map((record) => record.assessment);
        for (const outcome of outcomes) {
          if (!outcome.ok) {
            summary.refused.push({ sourceName: outcome.sourceName, problems: outcome.problems });
            continue;
          }
          const duplicate = findDuplicate(outcome.assessment, known);
          if (duplicate) {
            summary.conflicts.push({
              sourceName: outcome.sourceName,
              incoming: outcome.assessment,
              ...duplicate,
            });
            continue;
          }
          known.push((await createRecord(storage, outcome.assessment)).assessment);
          summary.added++;
        }
      });
      return summary;
    },

    resolveConflicts: async (conflicts, choices) => {
      await run(async (storage) => {
        for (const [index, conflict] of conflicts.entries()) {
          const choice = choices[index] ?? "skip";
          if (choice === "keepBoth") {
            await createRecord(storage, conflict.incoming);
          } else if (choice === "replace") {
            const record = await overwrite(storage, { ...conflict.incoming, id: conflict.existing.id });
            if (isOpen(record.id)) await show(storage, record);
          }
        }
      });
    },
  };
});

/** The library's rows, scored with the checklist each was made with (or the newest of its id). */
export function libraryRows(assessments: readonly Assessment[]): LibraryRow[] {
  const registry = useAppStore.getState().checklistRegistry;
  return assessments.map((assessment) =>
    libraryRow(
      assessment,
      findChecklistOrLatest(registry, assessment.checklist.id, assessment.checklist.version),
    ),
  );
}
