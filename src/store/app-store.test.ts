// The IDB* globals idb checks against; each test has its own IDBFactory, so the database starts empty.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Assessment } from "../domain/assessment";
import { readStoredRecord } from "../domain/stored-record";
import type { StorageHandle } from "./start-storage";

const LEGACY_KEY = "kumppanuuspeili";
const ref = { id: "jarjestoystavallinen-kunta", version: "1.0.0" };

let factory: IDBFactory;
const openTabs: StorageHandle[] = [];

/** One browser tab: a fresh module graph (store, saver) connected to the test's database. */
async function openTab(options: { indexedDB?: IDBFactory | null } = {}) {
  vi.resetModules();
  const { useAppStore, saver } = await import("./app-store");
  const { startStorage } = await import("./start-storage");
  const handle = await startStorage({
    indexedDB: options.indexedDB === undefined ? factory : options.indexedDB,
  });
  openTabs.push(handle);
  return { store: useAppStore, saver, handle };
}

type Tab = Awaited<ReturnType<typeof openTab>>;

/** Closes a tab the way a reload does: pending writes are flushed (pagehide), then the page is gone. */
async function close(tab: Tab) {
  await tab.saver.flush();
  tab.handle.stop();
  tab.handle.storage.close();
}

async function reload(tab: Tab) {
  await close(tab);
  return openTab();
}

/** What the database holds, read with the raw API as another program would. */
async function storedValues(): Promise<Record<string, unknown>> {
  const request = factory.open("kumppanuuspeili");
  await new Promise((resolve) => request.addEventListener("success", resolve));
  const db = request.result;
  const tx = db.transaction("assessments");
  const keys = tx.objectStore("assessments").getAllKeys();
  const values = tx.objectStore("assessments").getAll();
  await new Promise((resolve) => tx.addEventListener("complete", resolve));
  db.close();
  return Object.fromEntries(keys.result.map((key, index) => [String(key), values.result[index]]));
}

async function storedAssessment(id: string): Promise<Assessment | null> {
  const read = readStoredRecord(id, (await storedValues())[id]);
  return read.kind === "ok" ? read.record.assessment : null;
}

async function writeRaw(key: string, value: unknown) {
  // At whatever version the app left it; a database not made yet starts at 1, as an old app's would.
  const request = factory.open("kumppanuuspeili");
  request.addEventListener("upgradeneeded", () => {
    request.result.createObjectStore("assessments");
    request.result.createObjectStore("settings");
  });
  await new Promise((resolve) => request.addEventListener("success", resolve));
  const tx = request.result.transaction("assessments", "readwrite");
  tx.objectStore("assessments").put(value, key);
  await new Promise((resolve) => tx.addEventListener("complete", resolve));
  request.result.close();
}

beforeEach(() => {
  localStorage.clear();
  factory = new IDBFactory();
});

afterEach(() => {
  for (const tab of openTabs.splice(0)) {
    tab.stop();
    tab.storage.close();
  }
});

describe("app store storage", () => {
  it("is loading until the database answers, then ready", async () => {
    vi.resetModules();
    const { useAppStore } = await import("./app-store");
    expect(useAppStore.getState().loadStatus).toBe("loading");
    const { startStorage } = await import("./start-storage");
    openTabs.push(await startStorage({ indexedDB: factory }));
    expect(useAppStore.getState().loadStatus).toBe("ready");
    expect(useAppStore.getState().storageProblems).toEqual([]);
  });

  it("saves answers and reads them back after a reload", async () => {
    const first = await openTab();
    first.store.getState().startAssessment(ref);
    first.store
      .getState()
      .setAnswer("association-evenings", { kind: "level", level: 2, note: "Minutes 2026" });
    first.store.getState().setLanguage("sv");

    const second = await reload(first);
    expect(second.store.getState().assessment?.answers).toEqual({
      "association-evenings": { kind: "level", level: 2, note: "Minutes 2026" },
    });
    expect(second.store.getState().language).toBe("sv");
    expect(second.store.getState().saveStatus).toBe("idle");
  });

  it("writes after a short pause, and at once when the page is hidden", async () => {
    const tab = await openTab();
    tab.store.getState().startAssessment(ref);
    const id = tab.store.getState().assessment?.id ?? "";
    expect(await storedValues()).toEqual({});
    window.dispatchEvent(new Event("pagehide"));
    await vi.waitFor(async () => expect(await storedAssessment(id)).not.toBeNull(), { timeout: 200 });
    expect(tab.store.getState().saveStatus).toBe("saved");
  });

  it("tells the next first paint whether an assessment is open, and stops when none is", async () => {
    const first = await openTab();
    expect(localStorage.getItem("kumppanuuspeili:has-assessment")).toBeNull();
    first.store.getState().startAssessment(ref);
    expect(localStorage.getItem("kumppanuuspeili:has-assessment")).toBe("1");
    first.store.setState({ assessment: null });
    expect(localStorage.getItem("kumppanuuspeili:has-assessment")).toBeNull();
  });

  it("follows the language another tab chose", async () => {
    const { store } = await openTab();
    localStorage.setItem("kumppanuuspeili:language", "sv");
    window.dispatchEvent(new StorageEvent("storage", { key: "kumppanuuspeili:language", newValue: "sv" }));
    expect(store.getState().language).toBe("sv");
  });

  it("keeps a change whose write could not finish as the page closed, and writes it on the next start", async () => {
    const tab = await openTab();
    tab.store.getState().startAssessment(ref);
    await tab.saver.flush();
    const id = tab.store.getState().assessment?.id ?? "";
    // As when the page unloads mid-write: the database never hears of the change.
    vi.spyOn(tab.handle.storage, "put").mockRejectedValue(new DOMException("closing", "InvalidStateError"));
    tab.store.getState().setAnswer("a", { kind: "level", level: 3 });
    window.dispatchEvent(new Event("pagehide"));
    await tab.saver.flush();
    expect((await storedAssessment(id))?.answers).toEqual({});
    tab.handle.stop();

    const next = await openTab();
    expect(next.store.getState().assessment?.answers).toEqual({ a: { kind: "level", level: 3 } });
    expect((await storedAssessment(id))?.answers).toEqual({ a: { kind: "level", level: 3 } });
    expect(Object.keys(localStorage).filter((key) => key.startsWith("kumppanuuspeili:unsaved:"))).toEqual([]);
  });

  it("clears an answer when given null", async () => {
    const { store } = await openTab();
    store.getState().startAssessment(ref);
    store.getState().setAnswer("a", { kind: "dontKnow" });
    store.getState().setAnswer("a", null);
    expect(store.getState().assessment?.answers).toEqual({});
  });

  it("saves targets, actions and calendar events, and reads them back after a reload", async () => {
    const tab = await openTab();
    const { store } = tab;
    store.getState().startAssessment(ref);
    store.getState().setTarget("a", 2);
    store.getState().setTarget("b", 3);
    store.getState().setTarget("b", null);
    const first = store.getState().saveAction({ what: "Syysilta", responsible: "Hyte", status: "planned" });
    const second = store.getState().saveAction({ what: "Avustusohje", responsible: "", status: "planned" });
    store.getState().saveAction({ id: first, what: "Syysilta", responsible: "Hyte", status: "done" });
    store.getState().removeAction(second);
    const event = store.getState().saveCalendarEvent({ title: "Seuraparlamentti", month: 11 });
    store.getState().removeCalendarEvent("wellbeing-report");

    const reloaded = (await reload(tab)).store.getState().assessment;
    expect(reloaded?.targets).toEqual({ a: 2 });
    expect(reloaded?.actions).toEqual([
      { id: "action-1", what: "Syysilta", responsible: "Hyte", status: "done" },
    ]);
    expect(reloaded?.calendar.map((entry) => entry.id)).toEqual([
      "spring-association-evening",
      "autumn-association-evening",
      "grant-application-period",
      event,
    ]);
  });

  it("starts and imports as new records, keeping the earlier assessment in the database", async () => {
    const tab = await openTab();
    tab.store.getState().startAssessment(ref);
    const first = tab.store.getState().assessment?.id ?? "";
    tab.store.getState().setAnswer("a", { kind: "dontKnow" });
    tab.store.getState().startAssessment(ref);
    const second = tab.store.getState().assessment?.id ?? "";
    await tab.saver.flush();
    expect(second).not.toBe(first);
    expect(Object.keys(await storedValues()).sort()).toEqual([first, second].sort());
    expect((await storedAssessment(first))?.answers).toEqual({ a: { kind: "dontKnow" } });
    // The newest is the one open after a reload.
    expect((await reload(tab)).store.getState().assessment?.id).toBe(second);
  });

  it("moves a version 1 save into the database, and removes the old key only once it is stored", async () => {
    const saved = {
      checklist: ref,
      meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
      answers: { a: { kind: "level", level: 1 } },
      updatedAt: "2026-11-23T10:00:00.000Z",
    };
    localStorage.setItem(
      LEGACY_KEY,
      JSON.stringify({ state: { assessment: saved, language: "sv" }, version: 1 }),
    );
    const tab = await openTab();
    const { store } = tab;
    expect(store.getState().storageProblems).toEqual([]);
    expect(store.getState().language).toBe("sv");
    expect(store.getState().assessment?.answers).toEqual(saved.answers);
    expect(store.getState().assessment?.calendar).toHaveLength(4);
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
    const id = store.getState().assessment?.id ?? "";
    expect(await storedAssessment(id)).toEqual(store.getState().assessment);
    expect((await reload(tab)).store.getState().assessment?.id).toBe(id);
  });

  it("keeps the old key when the database cannot keep the data", async () => {
    const text = JSON.stringify({ state: { assessment: null, language: "en" }, version: 3 });
    localStorage.setItem(LEGACY_KEY, text);
    const { store } = await openTab({ indexedDB: null });
    expect(store.getState().storageProblems).toEqual([{ kind: "notKept", reason: "unavailable" }]);
    expect(localStorage.getItem(LEGACY_KEY)).toBe(text);
  });

  it("leaves a damaged old save untouched, offers its text, and makes no backup copies", async () => {
    localStorage.setItem(LEGACY_KEY, "{damaged");
    const tab = await openTab();
    const [problem] = tab.store.getState().storageProblems;
    expect(problem).toMatchObject({ kind: "legacyUnreadable", raw: "{damaged" });
    expect(problem?.kind === "legacyUnreadable" && problem.problems[0]?.code).toBe("invalidJson");

    tab.store.getState().startAssessment(ref);
    const second = await reload(tab);
    expect(second.store.getState().storageProblems).toMatchObject([{ kind: "legacyUnreadable" }]);
    // Only the open-assessment hint of the first paint beside it, no copy.
    expect({ ...localStorage }).toEqual({ [LEGACY_KEY]: "{damaged", "kumppanuuspeili:has-assessment": "1" });
  });

  it("treats an old save from a newer version as a problem, keeping the original", async () => {
    const newer = JSON.stringify({ state: { assessment: null, language: "fi" }, version: 99 });
    localStorage.setItem(LEGACY_KEY, newer);
    const { store } = await openTab();
    expect(store.getState().storageProblems).toEqual([
      {
        kind: "legacyUnreadable",
        problems: [{ path: "version", code: "unknownVersion", detail: "99" }],
        raw: newer,
      },
    ]);
    expect(localStorage.getItem(LEGACY_KEY)).toBe(newer);
  });

  it("tells at once when a write fails, keeps the change on screen and the last good state stored, and retries", async () => {
    const tab = await openTab();
    tab.store.getState().startAssessment(ref);
    tab.store.getState().setAnswer("a", { kind: "dontKnow" });
    await tab.saver.flush();
    const id = tab.store.getState().assessment?.id ?? "";

    const put = vi
      .spyOn(tab.handle.storage, "put")
      .mockRejectedValue(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
    tab.store.getState().setAnswer("b", { kind: "level", level: 3 });
    await tab.saver.flush();
    expect(tab.store.getState().saveStatus).toBe("failed");
    expect(tab.store.getState().storageProblems).toEqual([
      { kind: "writeFailed", errorName: "QuotaExceededError" },
    ]);
    expect(tab.store.getState().assessment?.answers).toEqual({
      a: { kind: "dontKnow" },
      b: { kind: "level", level: 3 },
    });
    expect((await storedAssessment(id))?.answers).toEqual({ a: { kind: "dontKnow" } });

    put.mockRestore();
    tab.store.getState().setAnswer("c", { kind: "dontKnow" });
    await tab.saver.flush();
    expect(tab.store.getState().storageProblems).toEqual([]);
    expect(tab.store.getState().saveStatus).toBe("saved");
    expect(Object.keys((await storedAssessment(id))?.answers ?? {})).toEqual(["a", "b", "c"]);
  });

  it("hands the storage it opened to the stores that wait for it (workshops), in memory too", async () => {
    vi.resetModules();
    const { whenStorage } = await import("./storage-handle");
    const waiting = whenStorage();
    const { startStorage } = await import("./start-storage");
    const handle = await startStorage({ indexedDB: factory });
    openTabs.push(handle);
    expect(await waiting).toBe(handle.storage);
    expect(handle.storage.kind).toBe("indexedDb");
    const memory = await openTab({ indexedDB: null });
    const { whenStorage: whenMemory } = await import("./storage-handle");
    expect(await whenMemory()).toBe(memory.handle.storage);
    expect(memory.handle.storage.kind).toBe("memory");
  });

  it("works in memory without IndexedDB, saying nothing is kept", async () => {
    const { store, saver } = await openTab({ indexedDB: null });
    expect(store.getState().loadStatus).toBe("ready");
    expect(store.getState().storageProblems).toEqual([{ kind: "notKept", reason: "unavailable" }]);
    store.getState().startAssessment(ref);
    store.getState().setAnswer("a", { kind: "dontKnow" });
    await saver.flush();
    expect(store.getState().saveStatus).toBe("saved");
  });

  it("refuses a database made by a newer version of the app without touching it", async () => {
    const request = factory.open("kumppanuuspeili", 999);
    request.addEventListener("upgradeneeded", () => request.result.createObjectStore("future"));
    await new Promise((resolve) => request.addEventListener("success", resolve));
    request.result.close();
    const { store } = await openTab();
    expect(store.getState().storageProblems).toEqual([{ kind: "notKept", reason: "newerDatabase" }]);
    expect(await factory.databases()).toEqual([{ name: "kumppanuuspeili", version: 999 }]);
  });

  it("loads the good assessments beside a damaged record, offering its raw data and never overwriting it", async () => {
    const first = await openTab();
    first.store.getState().startAssessment(ref);
    const id = first.store.getState().assessment?.id ?? "";
    await close(first);
    const damaged = { id: "damaged-record-0001", revision: 1, assessment: { answers: "?" } };
    await writeRaw("damaged-record-0001", damaged);

    const tab = await openTab();
    expect(tab.store.getState().assessment?.id).toBe(id);
    const [problem] = tab.store.getState().storageProblems;
    expect(problem).toMatchObject({ kind: "setAside", id: "damaged-record-0001", reason: "damaged" });
    expect(problem?.kind === "setAside" && JSON.parse(problem.raw)).toEqual(damaged);
    tab.store.getState().setAnswer("a", { kind: "dontKnow" });
    await tab.saver.flush();
    expect((await storedValues())["damaged-record-0001"]).toEqual(damaged);
  });

  it("follows another tab and keeps both tabs' changes, never writing an older copy over a newer one", async () => {
    const a = await openTab();
    a.store.getState().startAssessment(ref);
    await a.saver.flush();
    const id = a.store.getState().assessment?.id ?? "";
    const b = await openTab();
    expect(b.store.getState().assessment?.id).toBe(id);

    a.store.getState().setAnswer("first", { kind: "level", level: 3 });
    await a.saver.flush();
    await vi.waitFor(() => expect(b.store.getState().assessment?.answers).toHaveProperty("first"));
    expect(b.store.getState().externalChangeCount).toBe(1);

    b.store.getState().setAnswer("second", { kind: "dontKnow", note: "From B" });
    await b.saver.flush();
    await vi.waitFor(() => expect(a.store.getState().assessment?.answers).toHaveProperty("second"));
    expect((await storedAssessment(id))?.answers).toEqual({
      first: { kind: "level", level: 3 },
      second: { kind: "dontKnow", note: "From B" },
    });
  });

  it("rebases on a conflicting write: a tab that missed the news still keeps the other tab's change", async () => {
    const a = await openTab();
    a.store.getState().startAssessment(ref);
    await a.saver.flush();
    const id = a.store.getState().assessment?.id ?? "";
    const b = await openTab();
    b.handle.stop(); // B hears nothing from A from now on.

    a.store.getState().setAnswer("first", { kind: "level", level: 3 });
    await a.saver.flush();
    b.store.getState().setAnswer("second", { kind: "dontKnow" });
    await b.saver.flush();
    expect(b.store.getState().assessment?.answers).toEqual({
      first: { kind: "level", level: 3 },
      second: { kind: "dontKnow" },
    });
    expect(Object.keys((await storedAssessment(id))?.answers ?? {})).toEqual(["first", "second"]);
  });
});

describe("a rejected import", () => {
  it("leaves the database byte for byte as it was, for 200 generated files", async () => {
    const { bundledRegistry } = await import("../../tests/bundled-checklists");
    const { anyFileBytes } = await import("../../tests/fuzz/assessment-file-cases");
    const fc = (await import("fast-check")).default;
    const tab = await openTab();
    tab.store.setState({ checklistRegistry: bundledRegistry });
    tab.store.getState().startAssessment(ref);
    tab.store
      .getState()
      .setAnswer("association-evenings", { kind: "level", level: 3, note: "Kevät ja syksy" });
    await tab.saver.flush();
    const before = JSON.stringify(await storedValues());
    const { readChosenFile } = await import("./read-chosen-file");
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(anyFileBytes, async (bytes) => {
        const result = await readChosenFile(new File([new Uint8Array(bytes)], "tuotu.json"));
        if (result.ok) return;
        rejected++;
        await tab.saver.flush();
        expect(JSON.stringify(await storedValues())).toBe(before);
      }),
      { numRuns: 200 },
    );
    expect(rejected).toBeGreaterThan(50);
  }, 60_000);
});

describe("app store and checklist versions", () => {
  it("moves the open assessment to the newest version, keeps it after a reload, and clears marks as items are checked", async () => {
    const { PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2 } = await import(
      "../../tests/fixtures/checklist-versions"
    );
    const first = await openTab();
    const state = () => first.store.getState();
    state().setChecklistRegistry({
      checklists: [PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2],
      errors: [],
    });
    state().startAssessment({ id: "pieni-kunta", version: "1.0.0" });
    state().setAnswer("a1", { kind: "level", level: 2 });
    state().setAnswer("a4", { kind: "level", level: 1 });
    state().setAnswer("c2", { kind: "level", level: 3 });

    expect(await state().moveToNewestChecklist()).toBe(true);
    expect(state().assessment?.checklist).toEqual({ id: "pieni-kunta", version: "1.2.0" });
    expect(state().assessment?.answers).toEqual({
      a1a: { kind: "level", level: 2 },
      "a-all": { kind: "level", level: 2 },
      c2: { kind: "level", level: 3 },
    });
    expect(Object.keys(state().assessment?.review ?? {}).sort()).toEqual(["a-all", "a1a", "c2"]);
    expect(Object.keys(state().assessment?.retiredAnswers ?? {}).sort()).toEqual(["a1", "a1b", "a4"]);
    expect(await state().moveToNewestChecklist()).toBe(false);

    // A note beside the carried answer keeps the mark; another level, or "checked", clears it.
    state().setAnswer("c2", { kind: "level", level: 3, note: "Katsottu" });
    state().setAnswer("a1a", { kind: "level", level: 1 });
    state().markChecked("a-all");
    expect(state().assessment?.review).toEqual({ c2: { change: "changedMeaning", from: ["c2"] } });

    const second = await reload(first);
    expect(second.store.getState().assessment?.review).toEqual({
      c2: { change: "changedMeaning", from: ["c2"] },
    });
    expect(second.store.getState().assessment?.retiredAnswers?.a4).toEqual({
      answer: { kind: "level", level: 1 },
      retiredIn: "1.1.0",
    });
  });
});
