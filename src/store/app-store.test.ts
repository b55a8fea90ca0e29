import { beforeEach, describe, expect, it, vi } from "vitest";

const KEY = "kumppanuuspeili";
const ref = { id: "jarjestoystavallinen-kunta", version: "1.0.0" };

/** A fresh module graph per test, so the store hydrates from whatever localStorage holds at import time. */
async function loadStore() {
  vi.resetModules();
  const module = await import("./app-store");
  await Promise.resolve();
  await Promise.resolve();
  return module.useAppStore;
}

describe("app store persistence", () => {
  beforeEach(() => localStorage.clear());

  it("saves answers and reads them back after a reload", async () => {
    const first = await loadStore();
    first.getState().startAssessment(ref);
    first.getState().setAnswer("association-evenings", { kind: "level", level: 2, note: "Minutes 2026" });
    first.getState().setLanguage("sv");

    const second = await loadStore();
    expect(second.getState().assessment?.answers).toEqual({
      "association-evenings": { kind: "level", level: 2, note: "Minutes 2026" },
    });
    expect(second.getState().language).toBe("sv");
  });

  it("clears an answer when given null", async () => {
    const store = await loadStore();
    store.getState().startAssessment(ref);
    store.getState().setAnswer("a", { kind: "dontKnow" });
    store.getState().setAnswer("a", null);
    expect(store.getState().assessment?.answers).toEqual({});
  });

  it("saves targets, actions and calendar events, and reads them back after a reload", async () => {
    const store = await loadStore();
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

    const reloaded = (await loadStore()).getState().assessment;
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

  it("lifts a version 1 save into the current shape without losing answers", async () => {
    const saved = {
      checklist: ref,
      meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
      answers: { a: { kind: "level", level: 1 } },
      updatedAt: "2026-11-23T10:00:00.000Z",
    };
    localStorage.setItem(KEY, JSON.stringify({ state: { assessment: saved, language: "sv" }, version: 1 }));
    const store = await loadStore();
    expect(store.getState().storageProblem).toBeNull();
    expect(store.getState().assessment?.answers).toEqual(saved.answers);
    expect(store.getState().assessment?.calendar).toHaveLength(4);
  });

  it("keeps damaged storage as a backup, reports it, and never overwrites it", async () => {
    localStorage.setItem(KEY, "{damaged");
    const store = await loadStore();
    const problem = store.getState().storageProblem;
    expect(problem?.problems[0]?.code).toBe("invalidJson");
    expect(problem?.backupKey).toMatch(/^kumppanuuspeili:backup:/);
    expect(localStorage.getItem(problem?.backupKey ?? "")).toBe("{damaged");

    store.getState().startAssessment(ref);
    expect(localStorage.getItem(problem?.backupKey ?? "")).toBe("{damaged");
  });

  it("keeps one backup across reloads, after which the app starts clean", async () => {
    localStorage.setItem(KEY, "{damaged");
    const first = await loadStore();
    expect(first.getState().storageProblem).not.toBeNull();
    // Reporting the problem was the first change, so the damaged value is already replaced by defaults.
    const second = await loadStore();
    expect(second.getState().storageProblem).toBeNull();
    expect(second.getState().assessment).toBeNull();
    const backups = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:backup:`));
    expect(backups.map((key) => localStorage.getItem(key))).toEqual(["{damaged"]);
  });

  it("treats an assessment saved by a newer version as a problem, keeping the original", async () => {
    const newer = JSON.stringify({ state: { assessment: null, language: "fi" }, version: 99 });
    localStorage.setItem(KEY, newer);
    const store = await loadStore();
    expect(store.getState().storageProblem?.problems[0]).toEqual({
      path: "version",
      code: "unknownVersion",
      detail: "99",
    });
    expect(localStorage.getItem(store.getState().storageProblem?.backupKey ?? "")).toBe(newer);
  });

  it("takes over what another tab saved before changing anything itself", async () => {
    const store = await loadStore();
    const { followOtherTabs } = await import("./app-store");
    const stop = followOtherTabs();
    store.getState().startAssessment(ref);

    // The other tab answered an item; this tab hears of it through the storage event.
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "{}");
    saved.state.assessment.answers = { a: { kind: "level", level: 3 } };
    const newValue = JSON.stringify(saved);
    localStorage.setItem(KEY, newValue);
    window.dispatchEvent(new StorageEvent("storage", { key: KEY, newValue }));
    await Promise.resolve();

    store.getState().setAnswer("b", { kind: "dontKnow" });
    expect(store.getState().assessment?.answers).toEqual({
      a: { kind: "level", level: 3 },
      b: { kind: "dontKnow" },
    });
    stop();
  });
});
