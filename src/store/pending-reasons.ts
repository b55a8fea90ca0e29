import { create } from "zustand";

/**
 * Items answered "not applicable" without a reason yet. That is not an answer an assessment can hold, so the
 * stored answer stays as it was; the choice and the note typed beside it wait here, for this visit, so that
 * leaving the page and coming back shows them again with what is missing instead of the old answer.
 */
interface PendingReasonsState {
  assessmentId: string | null;
  /** The note as typed, by item id. */
  notes: Readonly<Record<string, string>>;
  keep: (assessmentId: string, itemId: string, note: string) => void;
  drop: (assessmentId: string, itemId: string) => void;
}

const NONE: Readonly<Record<string, string>> = {};

export const usePendingReasons = create<PendingReasonsState>()((set) => ({
  assessmentId: null,
  notes: NONE,
  keep: (assessmentId, itemId, note) =>
    set((state) => ({
      assessmentId,
      notes: { ...(state.assessmentId === assessmentId ? state.notes : NONE), [itemId]: note },
    })),
  drop: (assessmentId, itemId) =>
    set((state) => {
      if (state.assessmentId !== assessmentId || !(itemId in state.notes)) return state;
      const { [itemId]: _dropped, ...notes } = state.notes;
      return { notes };
    }),
}));

/** The waiting items of `assessmentId` (another assessment's never show). */
export function pendingNotes(state: PendingReasonsState, assessmentId: string | undefined) {
  return assessmentId !== undefined && state.assessmentId === assessmentId ? state.notes : NONE;
}
