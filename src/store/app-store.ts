import { create } from "zustand";
import { persist } from "zustand/middleware";
import { type Answer, type Assessment, type AssessmentMeta, createAssessment } from "../domain/assessment";
import type { ChecklistRef } from "../domain/checklist";
import type { Language } from "../domain/localized";
import { PERSISTED_STATE_VERSION, type PersistedState } from "../domain/persisted-state";
import type { ChecklistRegistry } from "./checklists";
import { createValidatedStorage, type StorageProblem } from "./storage";

export const STORAGE_KEY = "kumppanuuspeili";

interface AssessmentSlice {
  assessment: Assessment | null;
  startAssessment: (ref: ChecklistRef) => void;
  /** `null` clears the answer (back to unanswered). */
  setAnswer: (itemId: string, answer: Answer | null) => void;
  updateMeta: (meta: Partial<AssessmentMeta>) => void;
  replaceAssessment: (assessment: Assessment) => void;
}

interface SettingsSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

interface StorageSlice {
  storageProblem: StorageProblem | null;
  dismissStorageProblem: () => void;
}

interface ChecklistSlice {
  /** Loaded once at start-up, never persisted: the checklists ship with the app. */
  checklistRegistry: ChecklistRegistry | null;
  setChecklistRegistry: (registry: ChecklistRegistry) => void;
}

export type AppState = AssessmentSlice & SettingsSlice & StorageSlice & ChecklistSlice;

function touched(assessment: Assessment, changes: Partial<Assessment>): Assessment {
  return { ...assessment, ...changes, updatedAt: new Date().toISOString() };
}

let pendingProblem: StorageProblem | null = null;

export const useAppStore = create<AppState>()(
  persist(
    (set) => ({
      assessment: null,
      startAssessment: (ref) => set({ assessment: createAssessment(ref, new Date()) }),
      setAnswer: (itemId, answer) =>
        set(({ assessment }) => {
          if (!assessment) return {};
          const { [itemId]: _previous, ...rest } = assessment.answers;
          return {
            assessment: touched(assessment, { answers: answer ? { ...rest, [itemId]: answer } : rest }),
          };
        }),
      updateMeta: (meta) =>
        set(({ assessment }) =>
          assessment ? { assessment: touched(assessment, { meta: { ...assessment.meta, ...meta } }) } : {},
        ),
      replaceAssessment: (assessment) => set({ assessment }),

      language: "fi",
      setLanguage: (language) => set({ language }),

      storageProblem: null,
      dismissStorageProblem: () => set({ storageProblem: null }),

      checklistRegistry: null,
      setChecklistRegistry: (checklistRegistry) => set({ checklistRegistry }),
    }),
    {
      name: STORAGE_KEY,
      version: PERSISTED_STATE_VERSION,
      // Migrations run inside the storage's restore, before zustand sees the data (see persisted-state.ts).
      storage: createValidatedStorage((problem) => {
        pendingProblem = problem;
      }),
      partialize: ({ assessment, language }): PersistedState => ({ assessment, language }),
      onRehydrateStorage: () => () => {
        // Hydration runs inside create(), before useAppStore exists; report on the next tick.
        if (!pendingProblem) return;
        const storageProblem = pendingProblem;
        pendingProblem = null;
        queueMicrotask(() => useAppStore.setState({ storageProblem }));
      },
    },
  ),
);

/**
 * Another tab of the app saved: take its state, so this tab's next change builds on it instead of
 * writing its own stale copy over it.
 */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY && event.newValue !== null) void useAppStore.persist.rehydrate();
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}
