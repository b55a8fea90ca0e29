import { create } from "zustand";
import type { Problem } from "../domain/problems";
import { createWorkshop, type ReadWorkshop, type Workshop, type WorkshopMember } from "../domain/workshop";
import { errorName } from "./error-name";
import { whenStorage } from "./storage-handle";

export interface WorkshopSummary {
  id: string;
  name: string;
  memberCount: number;
  updatedAt: string;
  forAssessmentId?: string;
}

/** Shaped like the assessment store's StorageProblem, so the same alerts can tell them. */
export type WorkshopProblem =
  /** A stored workshop this version cannot read: left as it is, offered as raw data. */
  | { kind: "setAside"; id: string; reason: "damaged"; problems: Problem[]; raw: string }
  /** The last write failed: the database still has the workshop as it was before. */
  | { kind: "writeFailed"; errorName: string };

export interface WorkshopState {
  /** Null until loaded; in name order. */
  summaries: WorkshopSummary[] | null;
  problems: WorkshopProblem[];
  /** The one a page has opened. */
  workshop: Workshop | null;
  loadSummaries(): Promise<void>;
  openWorkshop(id: string): Promise<Workshop | null>;
  /** Rejects, after showing the problem, when the new workshop could not be written. */
  createWorkshop(name: string, options?: { forAssessmentId?: string }): Promise<Workshop>;
  renameWorkshop(id: string, name: string): Promise<void>;
  /** Returns the deleted workshop, so the page can offer to undo with restoreWorkshop; null if none was. */
  deleteWorkshop(id: string): Promise<Workshop | null>;
  restoreWorkshop(workshop: Workshop): Promise<void>;
  /**
   * Adds the members in one write. Members whose assessment id is in `replaceIds`, or is an incoming one's,
   * are replaced: a workshop holds each assessment once.
   */
  addMembers(id: string, members: WorkshopMember[], replaceIds?: readonly string[]): Promise<void>;
  /** `memberId` is the member's assessment id. */
  removeMember(id: string, memberId: string): Promise<void>;
  /** The associations' answers gathered for one of the user's own assessments (the newest such set). */
  workshopFor(assessmentId: string): Promise<Workshop | null>;
  dismissProblem(problem: WorkshopProblem): void;
}

function summaryOf({ id, name, members, updatedAt, forAssessmentId }: Workshop): WorkshopSummary {
  return {
    id,
    name,
    memberCount: members.length,
    updatedAt,
    ...(forAssessmentId ? { forAssessmentId } : {}),
  };
}

const byName = (a: WorkshopSummary, b: WorkshopSummary) => a.name.localeCompare(b.name, "fi");

function setAside(read: ReadWorkshop): WorkshopProblem[] {
  return read.kind === "ok"
    ? []
    : [{ kind: "setAside", id: read.id, reason: "damaged", problems: read.problems, raw: read.raw }];
}

function withoutSetAside(problems: readonly WorkshopProblem[], id: string): WorkshopProblem[] {
  return problems.filter((problem) => problem.kind !== "setAside" || problem.id !== id);
}

const withoutWriteFailure = (problems: readonly WorkshopProblem[]) =>
  problems.filter((problem) => problem.kind !== "writeFailed");

const touched = (workshop: Workshop, changes: Partial<Workshop>): Workshop => ({
  ...workshop,
  ...changes,
  updatedAt: new Date().toISOString(),
});

export const useWorkshopStore = create<WorkshopState>()((set) => {
  // One write at a time: two quick additions each read what the other wrote, so neither is lost.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  const failed = (error: unknown) =>
    set(({ problems }) => ({
      problems: [...withoutWriteFailure(problems), { kind: "writeFailed", errorName: errorName(error) }],
    }));

  /** After a confirmed write: the list and the open workshop show what is stored now. */
  const stored = (workshop: Workshop) =>
    set((state) => ({
      problems: withoutWriteFailure(state.problems),
      summaries:
        state.summaries &&
        [...state.summaries.filter((summary) => summary.id !== workshop.id), summaryOf(workshop)].sort(
          byName,
        ),
      workshop: state.workshop?.id === workshop.id ? workshop : state.workshop,
    }));

  /** Writes `workshop`; a failure is shown, leaves the store as stored, and is rethrown. */
  const write = async (workshop: Workshop): Promise<void> => {
    try {
      await (await whenStorage()).putWorkshop(workshop);
    } catch (error) {
      failed(error);
      throw error;
    }
    stored(workshop);
  };
  /** For the actions that resolve either way: the failure is already in `problems`. */
  const shown = () => {};

  /** The stored workshop, read afresh, so a change applies to what is in the database rather than a copy. */
  const read = async (id: string): Promise<Workshop | null> => {
    const found = await (await whenStorage()).getWorkshop(id);
    if (found === null) return null;
    if (found.kind === "ok") return found.workshop;
    set((state) => ({ problems: [...withoutSetAside(state.problems, id), ...setAside(found)] }));
    return null;
  };

  const update = (id: string, change: (workshop: Workshop) => Partial<Workshop>) =>
    serial(async () => {
      const current = await read(id);
      if (current) await write(touched(current, change(current))).catch(shown);
    });

  return {
    summaries: null,
    problems: [],
    workshop: null,

    loadSummaries: async () => {
      const reads = await (await whenStorage()).listWorkshops();
      set((state) => ({
        summaries: reads
          .flatMap((read) => (read.kind === "ok" ? [summaryOf(read.workshop)] : []))
          .sort(byName),
        problems: [
          ...state.problems.filter((problem) => problem.kind !== "setAside"),
          ...reads.flatMap(setAside),
        ],
      }));
    },

    openWorkshop: async (id) => {
      const workshop = await read(id);
      set({ workshop });
      return workshop;
    },

    createWorkshop: (name, options = {}) =>
      serial(async () => {
        const workshop: Workshop = {
          ...createWorkshop(name, new Date()),
          ...(options.forAssessmentId ? { forAssessmentId: options.forAssessmentId } : {}),
        };
        await write(workshop);
        return workshop;
      }),

    renameWorkshop: (id, name) => update(id, () => ({ name: name.trim() })),

    deleteWorkshop: (id) =>
      serial(async () => {
        const workshop = await read(id);
        if (!workshop) return null;
        try {
          await (await whenStorage()).deleteWorkshop(id);
        } catch (error) {
          failed(error);
          return null;
        }
        set((state) => ({
          problems: withoutWriteFailure(state.problems),
          summaries: state.summaries?.filter((summary) => summary.id !== id) ?? null,
          workshop: state.workshop?.id === id ? null : state.workshop,
        }));
        return workshop;
      }),

    restoreWorkshop: (workshop) => serial(() => write(workshop).catch(shown)),

    addMembers: (id, members, replaceIds = []) =>
      update(id, (workshop) => {
        const replaced = new Set([...replaceIds, ...members.map((member) => member.assessment.id)]);
        return {
          members: [...workshop.members.filter((member) => !replaced.has(member.assessment.id)), ...members],
        };
      }),

    removeMember: (id, memberId) =>
      update(id, (workshop) => ({
        members: workshop.members.filter((member) => member.assessment.id !== memberId),
      })),

    workshopFor: async (assessmentId) => {
      const reads = await (await whenStorage()).listWorkshops();
      const sets = reads.flatMap((read) =>
        read.kind === "ok" && read.workshop.forAssessmentId === assessmentId ? [read.workshop] : [],
      );
      return sets.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
    },

    dismissProblem: (problem) =>
      set(({ problems }) => ({ problems: problems.filter((other) => other !== problem) })),
  };
});
