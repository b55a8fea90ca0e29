import { create } from "zustand";
import {
  type Answer,
  type Assessment,
  type AssessmentMeta,
  createAssessment,
  newAssessmentId,
  type Review,
} from "../domain/assessment";
import type { Checklist, ChecklistRef } from "../domain/checklist";
import type { Level } from "../domain/level";
import { type Language, languageOf } from "../domain/localized";
import { ownValue } from "../domain/own-value";
import { type Action, type CalendarEvent, newId } from "../domain/plan";
import type { Problem } from "../domain/problems";
import { type ChecklistRegistry, withAdapted } from "../domain/registry-lookup";
import type { StoredRecord } from "../domain/stored-record";
import { type AssessmentChange, createSaver } from "./assessment-saver";
import type { StorageOpenFailure } from "./assessment-storage";
import { errorName } from "./error-name";

/** Where the app kept everything before IndexedDB; read once, moved into the database, then removed. */
export const LEGACY_STORAGE_KEY = "kumppanuuspeili";
/** The chosen language, read synchronously so the first paint is already in it. */
export const LANGUAGE_KEY = "kumppanuuspeili:language";
/**
 * "1" while an assessment is open: read before the first paint (src/build/first-screen.ts), so the start
 * page keeps room for its "continue" card and nothing moves when the database answers.
 */
export const HAS_ASSESSMENT_KEY = "kumppanuuspeili:has-assessment";

interface AssessmentSlice {
  assessment: Assessment | null;
  startAssessment: (ref: ChecklistRef) => void;
  /** `null` clears the answer (back to unanswered). A new choice also clears the item's mark to check it. */
  setAnswer: (itemId: string, answer: Answer | null) => void;
  /** The user has looked at an answer carried from an older checklist version and keeps it. */
  markChecked: (itemId: string) => void;
  /**
   * Moves the open assessment to the newest version of its checklist by the versions' declarations; false when
   * there is none to move to.
   */
  moveToNewestChecklist: () => Promise<boolean>;
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

/** Something about storage the user must hear of; each names what is kept and what to do. */
export type StorageProblem =
  /** The last write failed: the change is on screen only, the database has the previous one. */
  | { kind: "writeFailed"; errorName: string }
  /** No database: everything lives in this page only. */
  | { kind: "notKept"; reason: StorageOpenFailure }
  /** A stored record this version cannot read (damaged, or from a newer version): left as it is. */
  | { kind: "setAside"; id: string; reason: "damaged" | "newer"; problems: Problem[]; raw: string }
  /** The save from before the database could not be read; its key is left untouched. */
  | { kind: "legacyUnreadable"; problems: Problem[]; raw: string };

export type LoadStatus = "loading" | "ready";
export type SaveStatus = "idle" | "saving" | "saved" | "failed";

interface StorageSlice {
  /** "loading" until the database has answered: pages that read the assessment wait for "ready". */
  loadStatus: LoadStatus;
  saveStatus: SaveStatus;
  storageProblems: StorageProblem[];
  /** Grows each time another tab's change replaced the open assessment: forms remount on it. */
  externalChangeCount: number;
  dismissStorageProblem: (problem: StorageProblem) => void;
}

interface ChecklistSlice {
  /** Loaded once at start-up, never persisted: the checklists ship with the app. */
  checklistRegistry: ChecklistRegistry | null;
  /** The shipped checklists; the registry holds them and the adapted ones kept in this browser. */
  setChecklistRegistry: (registry: ChecklistRegistry) => void;
  /** The adapted checklists kept in this browser, valid ones only. */
  adaptedChecklists: readonly Checklist[];
  setAdaptedChecklists: (checklists: readonly Checklist[]) => void;
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

function sameChoice(a: Answer | undefined, b: Answer | null): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind !== "level" || (b.kind === "level" && a.level === b.level);
}

/** The record with `key` set to `value`, or without `key` when `value` is null. */
function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | null): Record<string, T> {
  const { [key]: _previous, ...rest } = record;
  return value === null ? rest : { ...rest, [key]: value };
}

/**
 * The language of a save from before the database. Only the language is read here, so the first paint waits
 * for no migration code; the save itself is read, migrated and validated when it moves into the database.
 */
function legacyLanguage(raw: string | null): Language | undefined {
  if (raw === null) return undefined;
  try {
    const saved: unknown = JSON.parse(raw)?.state?.language;
    return languageOf(saved);
  } catch {
    return undefined;
  }
}

function readLanguage(): Language {
  try {
    const saved = languageOf(localStorage.getItem(LANGUAGE_KEY));
    if (saved) return saved;
    const legacy = legacyLanguage(localStorage.getItem(LEGACY_STORAGE_KEY));
    if (legacy) {
      // Kept under its own key now: the old one is removed once its assessment is in the database.
      localStorage.setItem(LANGUAGE_KEY, legacy);
      return legacy;
    }
  } catch {
    // Storage blocked: the default language.
  }
  return "fi";
}

function keepLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage blocked: the choice lasts while the page is open.
  }
}

type SavedListener = (record: StoredRecord) => void;
const savedListeners = new Set<SavedListener>();

/** Called after each confirmed write (the storage start-up broadcasts it to other tabs). */
export function onAssessmentSaved(listener: SavedListener): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

const withoutWriteFailure = (problems: readonly StorageProblem[]) =>
  problems.filter((problem) => problem.kind !== "writeFailed");

/** The database is the source of truth; the store holds the open assessment and writes changes through this. */
export const saver = createSaver({
  showRebased: (assessment) =>
    useAppStore.setState((state) => ({ assessment, externalChangeCount: state.externalChangeCount + 1 })),
  saving: () => useAppStore.setState({ saveStatus: "saving" }),
  saved: (record) => {
    useAppStore.setState((state) => ({
      saveStatus: "saved",
      storageProblems: withoutWriteFailure(state.storageProblems),
    }));
    for (const listener of savedListeners) listener(record);
  },
  failed: (error) =>
    useAppStore.setState((state) => ({
      saveStatus: "failed",
      storageProblems: [
        ...withoutWriteFailure(state.storageProblems),
        { kind: "writeFailed", errorName: errorName(error) },
      ],
    })),
});

/**
 * Writes every change still waiting for its debounced write, and resolves when the writes are done (or have
 * failed, which the store shows). Before a reload the app does not control (an update), nothing is left behind.
 */
export function flushSaves(): Promise<void> {
  return saver.flush();
}

/** The shipped checklists as loaded, before the adapted ones are added. */
let shipped: ChecklistRegistry | null = null;

export const useAppStore = create<AppState>()((set, get) => {
  /** Changes the open assessment, if there is one, stamps the time, and hands the change to the saver. */
  const change = (changes: (assessment: Assessment) => Partial<Assessment>) => {
    const before = get().assessment;
    if (!before) return;
    const apply: AssessmentChange = (assessment) => touched(assessment, changes(assessment));
    set({ assessment: saver.change(before, apply) });
  };
  /**
   * Adds or replaces an action or event, returning its id. The id is chosen once, from what the screen shows,
   * so the change means the same entry if it is re-applied on top of another tab's newer copy.
   */
  const saveEntry = <K extends "actions" | "calendar">(
    key: K,
    entry: Omit<Assessment[K][number], "id"> & { id?: string },
    prefix: string,
  ): string => {
    const assessment = get().assessment;
    if (!assessment) return "";
    const { id } = upsert<Assessment[K][number]>(assessment[key], entry, prefix);
    change((current) => ({
      [key]: upsert<Assessment[K][number]>(current[key], { ...entry, id }, prefix).list,
    }));
    return id;
  };
  /** A new record: starting and importing never overwrite another assessment. */
  const open = (assessment: Assessment) => {
    saver.create(assessment);
    set({ assessment });
  };
  return {
    assessment: null,
    startAssessment: (ref) => open(createAssessment(ref, new Date())),
    setAnswer: (itemId, answer) =>
      change(({ answers, review }) => ({
        answers: withEntry(answers, itemId, answer),
        // A note typed beside a carried answer is not a check of the answer; another choice is.
        ...(review && !sameChoice(ownValue(answers, itemId), answer)
          ? { review: withEntry<Review>(review, itemId, null) }
          : {}),
      })),
    markChecked: (itemId) =>
      change(({ review }) => (review ? { review: withEntry<Review>(review, itemId, null) } : {})),
    moveToNewestChecklist: async () => {
      // Loaded with the versions page that asks for it, not with the first screen.
      const { acceptMigration, availableMigration, migrateAnswers } = await import(
        "../domain/checklist-migration"
      );
      const checklists = get().checklistRegistry?.checklists ?? [];
      let moved = false;
      // Decided on the copy the change is applied to, so it means the same on another tab's newer copy.
      change((assessment) => {
        const available = availableMigration(assessment.checklist, checklists);
        if (!available) return {};
        moved = true;
        return acceptMigration(
          assessment,
          migrateAnswers(assessment, available.path),
          available.to,
          new Date(),
        );
      });
      return moved;
    },
    updateMeta: (meta) => change((assessment) => ({ meta: { ...assessment.meta, ...meta } })),
    // A new id: an imported file never overwrites the assessment it was exported from, or any other.
    replaceAssessment: (assessment) => open({ ...assessment, id: newAssessmentId() }),
    setTarget: (itemId, level) => change(({ targets }) => ({ targets: withEntry(targets, itemId, level) })),
    saveAction: (action) => saveEntry("actions", action, "action"),
    removeAction: (id) =>
      change(({ actions }) => ({ actions: actions.filter((action) => action.id !== id) })),
    saveCalendarEvent: (event) => saveEntry("calendar", event, "event"),
    removeCalendarEvent: (id) =>
      change(({ calendar }) => ({ calendar: calendar.filter((event) => event.id !== id) })),

    language: readLanguage(),
    setLanguage: (language) => {
      keepLanguage(language);
      set({ language });
    },

    loadStatus: "loading",
    saveStatus: "idle",
    storageProblems: [],
    externalChangeCount: 0,
    dismissStorageProblem: (problem) =>
      set(({ storageProblems }) => ({
        storageProblems: storageProblems.filter((other) => other !== problem),
      })),

    checklistRegistry: null,
    setChecklistRegistry: (bundled) => {
      shipped = bundled;
      set({ checklistRegistry: withAdapted(bundled, get().adaptedChecklists) });
    },
    adaptedChecklists: [],
    setAdaptedChecklists: (adaptedChecklists) =>
      set((state) => {
        const base = shipped ?? state.checklistRegistry;
        return { adaptedChecklists, checklistRegistry: base && withAdapted(base, adaptedChecklists) };
      }),
  };
});
