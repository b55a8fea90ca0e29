import * as z from "zod/mini";
import { type Assessment, AssessmentSchema, newAssessmentId } from "../domain/assessment";
import { languageOf } from "../domain/localized";
import { restorePersistedState } from "../domain/persisted-state";
import { parseJsonWith } from "../domain/problems";
import type { ReadRecord, StoredRecord } from "../domain/stored-record";
import {
  HAS_ASSESSMENT_KEY,
  LANGUAGE_KEY,
  LEGACY_STORAGE_KEY,
  onAssessmentSaved,
  type StorageProblem,
  saver,
  useAppStore,
} from "./app-store";
import { type AssessmentStorage, createMemoryStorage, StorageOpenError } from "./assessment-storage";
import { errorName } from "./error-name";
import { provideStorage } from "./storage-handle";

export const CHANNEL_NAME = "kumppanuuspeili";

export interface StartStorageOptions {
  /** The IndexedDB factory; `null` as if the browser had none. Defaults to the global one. */
  indexedDB?: IDBFactory | null;
}

export interface StorageHandle {
  storage: AssessmentStorage;
  /** Stops listening to other tabs and the page's life cycle (tests). */
  stop(): void;
}

interface SavedMessage {
  type: "saved";
  id: string;
  revision: number;
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) &&
        isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

function addProblem(problem: StorageProblem): void {
  useAppStore.setState((state) => ({ storageProblems: [...state.storageProblems, problem] }));
}

function defaultFactory(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}

async function openStorage(options: StartStorageOptions): Promise<AssessmentStorage> {
  try {
    // Loaded after the first paint: the database code is not in the initial bundle.
    const { openIndexedDbStorage } = await import("./indexeddb-storage");
    return await openIndexedDbStorage(options.indexedDB === undefined ? defaultFactory() : options.indexedDB);
  } catch (error) {
    addProblem({ kind: "notKept", reason: error instanceof StorageOpenError ? error.reason : "openFailed" });
    return createMemoryStorage();
  }
}

function readLegacy(): string | null {
  try {
    return localStorage.getItem(LEGACY_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Moves the save from before the database into it. The old key is removed only once the database holds
 * the same assessment, read back and compared; if it cannot be read, the key is left exactly as it is.
 * Returns the moved assessment's id.
 */
async function moveLegacySave(storage: AssessmentStorage): Promise<string | null> {
  const raw = readLegacy();
  if (raw === null) return null;
  const restored = restorePersistedState(raw);
  if (!restored.ok) {
    addProblem({ kind: "legacyUnreadable", problems: restored.problems, raw });
    return null;
  }
  let assessment: Assessment | null = restored.value.assessment;
  if (assessment) {
    const existing = await storage.get(assessment.id);
    const isStored = existing?.kind === "ok" && isDeepEqual(existing.record.assessment, assessment);
    if (!isStored) {
      // The id is taken by something else (a later edit, a set-aside record): keep both, as two records.
      if (existing) assessment = { ...assessment, id: newAssessmentId() };
      try {
        const result = await storage.put(assessment, 0);
        const readBack = result.ok ? await storage.get(assessment.id) : null;
        if (readBack?.kind !== "ok" || !isDeepEqual(readBack.record.assessment, assessment))
          throw new Error("The moved assessment did not read back the same");
      } catch {
        // Not moved: the store writes it again with the next change; the old key stays.
        saver.create(assessment);
        useAppStore.setState({ assessment });
        return null;
      }
    }
  }
  if (storage.kind === "indexedDb") {
    try {
      localStorage.removeItem(LEGACY_STORAGE_KEY);
    } catch {
      // Blocked: it is moved again (and found equal) next time.
    }
  }
  return assessment?.id ?? null;
}

/**
 * Changes still waiting for their write when the page is hidden go to localStorage at once (synchronous):
 * a write started while a page unloads may never finish. One key per tab.
 */
const UNSAVED_PREFIX = "kumppanuuspeili:unsaved:";
const UnsavedSchema = z.array(
  z.object({ revision: z.int().check(z.minimum(0)), assessment: AssessmentSchema }),
);

function keepUnsaved(key: string): void {
  const unsaved = saver.unsaved();
  try {
    if (unsaved.length > 0) localStorage.setItem(key, JSON.stringify(unsaved));
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked or full: the database write started beside this is all there is.
  }
}

function unsavedKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(UNSAVED_PREFIX));
  } catch {
    return [];
  }
}

/**
 * Writes what a closed page left unsaved, where the database still has the revision it was based on.
 * A newer stored revision means the write finished after all, or another tab wrote later: that one stays.
 */
async function replayUnsaved(storage: AssessmentStorage): Promise<void> {
  for (const key of unsavedKeys()) {
    const parsed = parseJsonWith(UnsavedSchema, localStorage.getItem(key) ?? "");
    if (!parsed.ok) continue; // Unreadable: left as it is.
    for (const { revision, assessment } of parsed.value) {
      const read = await storage.get(assessment.id);
      const storedRevision = read === null ? 0 : read.kind === "ok" ? read.record.revision : null;
      if (storedRevision === revision) await storage.put(assessment, revision);
    }
    localStorage.removeItem(key);
  }
}

function setAside(read: ReadRecord): StorageProblem | null {
  if (read.kind === "ok") return null;
  return read.kind === "newer"
    ? { kind: "setAside", id: read.id, reason: "newer", problems: [], raw: read.raw }
    : { kind: "setAside", id: read.id, reason: "damaged", problems: read.problems, raw: read.raw };
}

function requestPersistence(): void {
  try {
    void navigator.storage
      ?.persisted?.()
      .then((isPersisted) => (isPersisted ? true : navigator.storage.persist?.()))
      .catch(() => {});
  } catch {
    // Not offered: the browser decides.
  }
}

/** Keeps HAS_ASSESSMENT_KEY true to the store from now on; returns the unsubscribe. */
function keepAssessmentHint(): () => void {
  const write = (isOpen: boolean) => {
    try {
      if (isOpen) localStorage.setItem(HAS_ASSESSMENT_KEY, "1");
      else localStorage.removeItem(HAS_ASSESSMENT_KEY);
    } catch {
      // Storage blocked: the start page only moves a little when the card appears.
    }
  };
  write(useAppStore.getState().assessment !== null);
  return useAppStore.subscribe((state, previous) => {
    if ((state.assessment === null) !== (previous.assessment === null)) write(state.assessment !== null);
  });
}

/**
 * Connects the store to its storage: opens the database (or memory when there is none), moves the old
 * localStorage save, loads the open assessment, then follows other tabs and flushes when the page is hidden.
 */
export async function startStorage(options: StartStorageOptions = {}): Promise<StorageHandle> {
  const storage = await openStorage(options);
  provideStorage(storage);
  let movedId: string | null = null;
  let reads: ReadRecord[] = [];
  let openId: string | null = null;
  try {
    if (storage.kind === "indexedDb") await replayUnsaved(storage);
    movedId = await moveLegacySave(storage);
    reads = await storage.list();
    openId = (await storage.getSetting("openAssessmentId")) ?? movedId;
  } catch (error) {
    addProblem({ kind: "writeFailed", errorName: errorName(error) });
  }
  for (const read of reads) {
    const problem = setAside(read);
    if (problem) addProblem(problem);
  }
  const open = reads.find(
    (read): read is { kind: "ok"; record: StoredRecord } => read.kind === "ok" && read.record.id === openId,
  );
  // Started or imported while loading: that one is open, and the stored one stays in the database.
  if (open && !useAppStore.getState().assessment) {
    saver.open(open.record);
    useAppStore.setState({ assessment: open.record.assessment });
  }
  useAppStore.setState({ loadStatus: "ready" });
  requestPersistence();
  const stopHint = keepAssessmentHint();

  let lastOpenId = openId;
  const stopSaved = onAssessmentSaved((record) => {
    if (record.id !== useAppStore.getState().assessment?.id || record.id === lastOpenId) return;
    lastOpenId = record.id;
    void storage.putSetting("openAssessmentId", record.id).catch(() => {});
  });
  if (movedId && openId === movedId) void storage.putSetting("openAssessmentId", movedId).catch(() => {});

  const stops: (() => void)[] = [stopSaved, stopHint];
  if (storage.kind === "indexedDb" && typeof BroadcastChannel !== "undefined") {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<SavedMessage>) => {
      if (event.data?.type === "saved") void saver.follow(event.data.id, event.data.revision);
    };
    stops.push(
      onAssessmentSaved((record) =>
        channel.postMessage({
          type: "saved",
          id: record.id,
          revision: record.revision,
        } satisfies SavedMessage),
      ),
      () => channel.close(),
    );
  }
  // The language lives in localStorage: another tab's choice arrives as a storage event.
  const onStorage = (event: StorageEvent) => {
    const language = languageOf(event.newValue);
    if (event.key === LANGUAGE_KEY && language) useAppStore.setState({ language });
  };
  window.addEventListener("storage", onStorage);
  stops.push(() => window.removeEventListener("storage", onStorage));

  const unsavedKey = `${UNSAVED_PREFIX}${newAssessmentId()}`;
  const flush = () => {
    if (storage.kind === "indexedDb") keepUnsaved(unsavedKey);
    void saver.flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") flush();
  };
  stops.push(
    onAssessmentSaved(() => {
      if (storage.kind === "indexedDb" && saver.unsaved().length === 0) keepUnsaved(unsavedKey);
    }),
  );
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", onVisibility);
  stops.push(() => {
    window.removeEventListener("pagehide", flush);
    document.removeEventListener("visibilitychange", onVisibility);
  });

  await saver.attach(storage);
  return {
    storage,
    stop: () => {
      for (const stop of stops) stop();
    },
  };
}
