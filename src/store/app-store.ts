import { create } from "zustand";
import { persist } from "zustand/middleware";
import { type Answer, type Assessment, type AssessmentMeta, createAssessment } from "../domain/assessment";
import type { ChecklistRef } from "../domain/checklist";
import type { ChecklistRegistry } from "../domain/checklist-registry";
import type { Level } from "../domain/level";
import type { Language } from "../domain/localized";
import { PERSISTED_STATE_VERSION, type PersistedState } from "../domain/persisted-state";
import { type Action, type CalendarEvent, newId } from "../domain/plan";
import { createValidatedStorage, type StorageProblem } from "./storage";

export const STORAGE_KEY = "kumppanuuspeili";

interface AssessmentSlice {
  assessment: Assessment | null;
  startAssessment: (ref: ChecklistRef) => void;
  /** `null` clears the answer (back to unanswered). */
  setAnswer: (itemId: string, answer: Answer | null) => void;
  updateMeta: (meta: Partial<AssessmentMeta>) => void;
  replaceAssessment: (assessment: Assessment) => void;
  /** `null` removes the target (back to "fully in place"). */
  setTarget: (itemId: string, level: Level | null) => void;
  /** Adds the action when its id is new (or missing), replaces it otherwise; returns its id. */
  saveAction: (action: Omit<Action, "id"> & { id?: string }) => string;
  removeAction: (id: string) => void;
  /** Adds the event when its id is new (or missing), replaces it otherwise; returns its id. */
  saveCalendarEvent: (event: Omit<CalendarEvent, "id"> & { id?: string }) => string;
  removeCalendarEvent: (id: string) => void;
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

/** Replaces the entry with the same id, or appends it with a fresh id. */
function upsert<T extends { id: string }>(
  list: readonly T[],
  entry: Omit<T, "id"> & { id?: string },
  prefix: string,
) {
  const id =
    entry.id ??
    newId(
      prefix,
      list.map((existing) => existing.id),
    );
  const saved = { ...entry, id } as T;
  const exists = list.some((existing) => existing.id === id);
  return {
    id,
    list: exists ? list.map((existing) => (existing.id === id ? saved : existing)) : [...list, saved],
  };
}

/** The record with `key` set to `value`, or without `key` when `value` is null. */
function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | null): Record<string, T> {
  const { [key]: _previous, ...rest } = record;
  return value === null ? rest : { ...rest, [key]: value };
}

let pendingProblem: StorageProblem | null = null;

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => {
      /** Changes the saved assessment, if there is one, and stamps the time of the change. */
      const change = (changes: (assessment: Assessment) => Partial<Assessment>) =>
        set(({ assessment }) => (assessment ? { assessment: touched(assessment, changes(assessment)) } : {}));
      return {
        assessment: null,
        startAssessment: (ref) => set({ assessment: createAssessment(ref, new Date()) }),
        setAnswer: (itemId, answer) =>
          change(({ answers }) => ({ answers: withEntry(answers, itemId, answer) })),
        updateMeta: (meta) => change((assessment) => ({ meta: { ...assessment.meta, ...meta } })),
        replaceAssessment: (assessment) => set({ assessment }),
        setTarget: (itemId, level) =>
          change(({ targets }) => ({ targets: withEntry(targets, itemId, level) })),
        saveAction: (action) => {
          const assessment = get().assessment;
          if (!assessment) return "";
          const { id, list } = upsert(assessment.actions, action, "action");
          change(() => ({ actions: list }));
          return id;
        },
        removeAction: (id) =>
          change(({ actions }) => ({ actions: actions.filter((action) => action.id !== id) })),
        saveCalendarEvent: (event) => {
          const assessment = get().assessment;
          if (!assessment) return "";
          const { id, list } = upsert(assessment.calendar, event, "event");
          change(() => ({ calendar: list }));
          return id;
        },
        removeCalendarEvent: (id) =>
          change(({ calendar }) => ({ calendar: calendar.filter((event) => event.id !== id) })),

        language: "fi",
        setLanguage: (language) => set({ language }),

        storageProblem: null,
        dismissStorageProblem: () => set({ storageProblem: null }),

        checklistRegistry: null,
        setChecklistRegistry: (checklistRegistry) => set({ checklistRegistry }),
      };
    },
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
