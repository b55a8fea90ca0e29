import type { Assessment } from "../domain/assessment";
import type { StoredRecord } from "../domain/stored-record";
import type { AssessmentStorage } from "./assessment-storage";

/** A change to an assessment, kept as a function so it can be applied again on top of a newer copy. */
export type AssessmentChange = (assessment: Assessment) => Assessment;

interface Draft {
  /** The stored revision the draft builds on; 0 before its first write. */
  revision: number;
  /** Changes made since that revision, not yet confirmed written, in order. */
  pending: AssessmentChange[];
  current: Assessment;
}

export interface SaverHost {
  /** Another tab's newer copy, with this tab's unsaved changes applied on top. */
  showRebased(assessment: Assessment): void;
  saving(): void;
  saved(record: StoredRecord): void;
  failed(error: unknown): void;
}

export const SAVE_DELAY_MS = 300;

/**
 * Writes assessments to the storage, debounced, one write at a time. A write is based on the revision the
 * changes were made on; when the stored record is newer (another tab), the pending changes are applied on
 * top of it and written again, so neither tab's work is lost and no older copy is written over a newer one.
 */
export function createSaver(host: SaverHost, delayMs = SAVE_DELAY_MS) {
  const drafts = new Map<string, Draft>();
  let activeId: string | null = null;
  let storage: AssessmentStorage | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };

  const rebase = (id: string, draft: Draft, newer: StoredRecord) => {
    draft.revision = newer.revision;
    draft.current = draft.pending.reduce((assessment, change) => change(assessment), newer.assessment);
    if (id === activeId) host.showRebased(draft.current);
  };

  async function writeDraft(id: string, draft: Draft): Promise<boolean> {
    while (draft.pending.length > 0 && storage) {
      const count = draft.pending.length;
      const snapshot = draft.current;
      host.saving();
      const result = await storage.put(snapshot, draft.revision);
      if (result.ok) {
        draft.revision = result.record.revision;
        draft.pending.splice(0, count);
        host.saved(result.record);
      } else if (result.reason === "conflict") {
        rebase(id, draft, result.current);
      } else {
        throw new Error("The stored record is set aside and is never overwritten");
      }
    }
    return true;
  }

  async function writeAll(): Promise<void> {
    try {
      for (const [id, draft] of [...drafts]) {
        await writeDraft(id, draft);
        if (id !== activeId && draft.pending.length === 0) drafts.delete(id);
      }
    } catch (error) {
      // Nothing is dropped: the changes stay pending and the next change (or flush) tries again.
      host.failed(error);
    }
  }

  /** Writes every pending change now; resolves when the writes are done (or have failed). */
  function flush(): Promise<void> {
    clearTimeout(timer);
    queue = queue.then(writeAll);
    return queue;
  }

  return {
    /** Starts writing to `backend`; changes made before are written at once. */
    attach(backend: AssessmentStorage): Promise<void> {
      storage = backend;
      return flush();
    },
    /** A stored assessment is now the open one. */
    open(record: StoredRecord): void {
      activeId = record.id;
      drafts.set(record.id, { revision: record.revision, pending: [], current: record.assessment });
    },
    /** A new assessment (started or imported): a new record, written soon. */
    create(assessment: Assessment): void {
      activeId = assessment.id;
      drafts.set(assessment.id, { revision: 0, pending: [() => assessment], current: assessment });
      schedule();
    },
    /** `before` is what the screen showed, `change` what the user did to it. */
    change(before: Assessment, change: AssessmentChange): Assessment {
      let draft = drafts.get(before.id);
      if (!draft) {
        draft = { revision: 0, pending: [], current: before };
        drafts.set(before.id, draft);
      }
      // The store was set from outside the saver (tests set it directly): what the screen shows wins.
      if (draft.current !== before) draft.current = before;
      activeId = before.id;
      draft.pending.push(change);
      draft.current = change(draft.current);
      schedule();
      return draft.current;
    },
    /** Another tab wrote `id` at `revision`: follow it, after this tab's own writes. */
    follow(id: string, revision: number): Promise<void> {
      queue = queue.then(async () => {
        const draft = drafts.get(id);
        if (!storage || !draft || draft.revision >= revision) return;
        const read = await storage.get(id).catch(() => null);
        if (read?.kind === "ok" && read.record.revision > draft.revision) {
          rebase(id, draft, read.record);
          if (draft.pending.length > 0) await writeAll();
        }
      });
      return queue;
    },
    flush,
    /** Every draft with changes not yet confirmed written, and the revision each builds on. */
    unsaved(): { revision: number; assessment: Assessment }[] {
      return [...drafts.values()]
        .filter((draft) => draft.pending.length > 0)
        .map((draft) => ({ revision: draft.revision, assessment: draft.current }));
    },
  };
}

export type Saver = ReturnType<typeof createSaver>;
