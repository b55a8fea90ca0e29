import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { type Assessment, createAssessment, type RespondentRole } from "../domain/assessment";
import { readAssessmentsArchive } from "../domain/assessment-archive";
import type { ImportOutcome } from "./read-import-file";
import type { StorageHandle } from "./start-storage";

const ref = { id: "jarjestoystavallinen-kunta", version: "1.0.0" };
let factory: IDBFactory;
const openTabs: StorageHandle[] = [];

/** One browser tab: a fresh module graph (stores, saver) connected to the test's database. */
async function openTab() {
  vi.resetModules();
  const { useAppStore, saver } = await import("./app-store");
  const { useLibraryStore, libraryRows } = await import("./library");
  const { startStorage } = await import("./start-storage");
  const handle = await startStorage({ indexedDB: factory });
  openTabs.push(handle);
  useAppStore.setState({ checklistRegistry: bundledRegistry });
  return { app: useAppStore, library: useLibraryStore, libraryRows, saver, handle };
}
type Tab = Awaited<ReturnType<typeof openTab>>;

async function reload(tab: Tab) {
  await tab.saver.flush();
  tab.handle.stop();
  tab.handle.storage.close();
  return openTab();
}

function assessment(id: string, municipality: string, year: number, role: RespondentRole = "municipality") {
  return {
    ...createAssessment(ref, new Date("2026-03-01T10:00:00.000Z"), id),
    meta: { municipality, year, respondentRole: role, date: `${year}-03-01` },
    answers: { "convening-responsibility-decided": { kind: "level", level: 2, note: "Sovittu." } },
  } satisfies Assessment;
}

const outcome = (value: Assessment, sourceName = `${value.id}.json`): ImportOutcome => ({
  sourceName,
  ok: true,
  assessment: value,
  dropped: [],
});

const koski2025 = assessment("koski-2025", "Koski Tl", 2025);
const koski2026 = assessment("koski-2026", "Koski Tl", 2026);
const association2026 = assessment("yhdistys-2026", "Koski Tl", 2026, "association");

/** A tab whose library holds the three, none open. */
async function withThree() {
  const tab = await openTab();
  const summary = await tab.library
    .getState()
    .importOutcomes([outcome(koski2025), outcome(koski2026), outcome(association2026)]);
  expect(summary).toEqual({ added: 3, conflicts: [], refused: [] });
  return tab;
}

const idsOf = (tab: Tab) => (tab.library.getState().assessments ?? []).map((a) => a.id).sort();

beforeEach(() => {
  factory = new IDBFactory();
  localStorage.clear();
});

afterEach(() => {
  for (const handle of openTabs.splice(0)) {
    handle.stop();
    handle.storage.close();
  }
});

describe("useLibraryStore", () => {
  it("lists every stored assessment, after a reload too, with its summary row", async () => {
    const tab = await withThree();
    expect(idsOf(tab)).toEqual(["koski-2025", "koski-2026", "yhdistys-2026"]);
    const again = await reload(tab);
    await again.library.getState().load();
    expect(idsOf(again)).toEqual(["koski-2025", "koski-2026", "yhdistys-2026"]);
    const rows = again.libraryRows(again.library.getState().assessments ?? []);
    expect(rows.find((row) => row.id === "yhdistys-2026")).toMatchObject({
      municipality: "Koski Tl",
      year: 2026,
      role: "association",
      checklistVersion: "1.0.0",
      answered: 1,
    });
  });

  it("opens one: it becomes the open assessment, and stays open after a reload", async () => {
    const tab = await withThree();
    expect(await tab.library.getState().open("koski-2025")).toBe(true);
    expect(tab.app.getState().assessment?.id).toBe("koski-2025");
    tab.app.getState().updateMeta({ date: "2025-04-02" });
    expect(await tab.library.getState().open("koski-2026")).toBe(true);
    const again = await reload(tab);
    expect(again.app.getState().assessment?.id).toBe("koski-2026");
    await again.library.getState().load();
    const saved = again.library.getState().assessments?.find((a) => a.id === "koski-2025");
    expect(saved?.meta.date).toBe("2025-04-02");
    expect(await again.library.getState().open("no-such-one")).toBe(false);
  });

  it("starting a new one never overwrites another", async () => {
    const tab = await withThree();
    await tab.library.getState().open("koski-2026");
    tab.app.getState().startAssessment(ref);
    await tab.library.getState().load();
    expect(idsOf(tab)).toHaveLength(4);
  });

  it("duplicates 2026 into 2027 with the answers, the plan only when asked, and opens the copy", async () => {
    const tab = await withThree();
    const copy = await tab.library.getState().duplicate("koski-2026", 2027, { carryPlan: false });
    expect(copy?.meta).toMatchObject({
      municipality: "Koski Tl",
      year: 2027,
      respondentRole: "municipality",
    });
    expect(copy?.answers).toEqual(koski2026.answers);
    expect(tab.app.getState().assessment?.id).toBe(copy?.id);
    expect(idsOf(tab)).toHaveLength(4);
    const original = tab.library.getState().assessments?.find((a) => a.id === "koski-2026");
    expect(original).toEqual(koski2026);
  });

  it("edits the details of a stored one that is not open, and of the open one", async () => {
    const tab = await withThree();
    const meta = { ...koski2025.meta, municipality: "Pöytyä", date: "2025-05-05" };
    await tab.library.getState().editDetails("koski-2025", meta);
    expect(tab.library.getState().assessments?.find((a) => a.id === "koski-2025")?.meta).toEqual(meta);
    await tab.library.getState().open("koski-2026");
    await tab.library.getState().editDetails("koski-2026", { ...koski2026.meta, year: 2024 });
    expect(tab.app.getState().assessment?.meta.year).toBe(2024);
    const again = await reload(tab);
    await again.library.getState().load();
    expect(again.library.getState().assessments?.find((a) => a.id === "koski-2026")?.meta.year).toBe(2024);
  });

  it("deletes with undo: the same record comes back, and the open one is closed meanwhile", async () => {
    const tab = await withThree();
    await tab.library.getState().open("koski-2026");
    await tab.library.getState().remove("koski-2026");
    expect(idsOf(tab)).toEqual(["koski-2025", "yhdistys-2026"]);
    expect(tab.app.getState().assessment).toBeNull();
    expect(tab.library.getState().deleted.map((a) => a.id)).toEqual(["koski-2026"]);
    await tab.library.getState().restore("koski-2026");
    expect(tab.library.getState().deleted).toEqual([]);
    expect(tab.library.getState().assessments?.find((a) => a.id === "koski-2026")).toEqual(koski2026);
  });

  it("exports one and all, and keeps the time of the last export", async () => {
    const tab = await withThree();
    expect(tab.library.getState().lastExportAt).toBeNull();
    const one = await tab.library.getState().exportOne("koski-2025");
    expect(one?.fileName).toBe("kumppanuuspeili-koski-tl-2025-03-01.json");
    expect(JSON.parse(one?.text ?? "")).toMatchObject({
      id: "koski-2025",
      format: "kumppanuuspeili-assessment",
    });
    const all = await tab.library.getState().exportAll();
    expect(all.fileName).toMatch(/^kumppanuuspeili-\d{4}-\d{2}-\d{2}\.kumppanuuspeili-assessments\.json$/);
    const read = readAssessmentsArchive(JSON.parse(all.text), bundledRegistry.checklists);
    expect(
      read.ok && read.value.entries.map(({ result }) => result.ok && result.value.assessment.id).sort(),
    ).toEqual(["koski-2025", "koski-2026", "yhdistys-2026"]);
    expect(tab.library.getState().lastExportAt).toEqual(expect.any(String));
    const again = await reload(tab);
    await again.library.getState().load();
    expect(again.library.getState().lastExportAt).toBe(tab.library.getState().lastExportAt);
  });

  it("asks about an import with the same id or details; keep both, replace and skip do what they say", async () => {
    const tab = await withThree();
    const changed = { ...koski2025, meta: { ...koski2025.meta, date: "2025-09-09" } };
    const sameDetails = { ...assessment("other-2026", " koski  tl", 2026), answers: {} };
    const fresh = assessment("turku-2026", "Turku", 2026);
    const summary = await tab.library
      .getState()
      .importOutcomes([
        outcome(changed),
        outcome(sameDetails),
        outcome(koski2026),
        { sourceName: "rikki.json", ok: false, problems: [{ path: "", code: "invalidJson" }] },
        outcome(fresh),
      ]);
    expect(summary.added).toBe(1);
    expect(summary.refused).toEqual([
      { sourceName: "rikki.json", problems: [{ path: "", code: "invalidJson" }] },
    ]);
    expect(summary.conflicts.map(({ existing, reason }) => [existing.id, reason])).toEqual([
      ["koski-2025", "sameId"],
      ["koski-2026", "sameDetails"],
      ["koski-2026", "sameId"],
    ]);
    await tab.library.getState().resolveConflicts(summary.conflicts, ["replace", "keepBoth", "skip"]);
    const stored = tab.library.getState().assessments ?? [];
    expect(stored).toHaveLength(5);
    expect(stored.find((a) => a.id === "koski-2025")?.meta.date).toBe("2025-09-09");
    expect(stored.find((a) => a.id === "other-2026")?.answers).toEqual({});
    expect(stored.find((a) => a.id === "koski-2026")).toEqual(koski2026);
  });

  it("keeping both of the same id stores the incoming one under a new id", async () => {
    const tab = await withThree();
    const { conflicts } = await tab.library.getState().importOutcomes([outcome(koski2025)]);
    await tab.library.getState().resolveConflicts(conflicts, ["keepBoth"]);
    const copies = (tab.library.getState().assessments ?? []).filter((a) => a.meta.year === 2025);
    expect(copies).toHaveLength(2);
    expect(copies.map((a) => a.id)).toContain("koski-2025");
  });

  it("replacing the open one shows the replacement", async () => {
    const tab = await withThree();
    await tab.library.getState().open("koski-2025");
    const changed = { ...koski2025, meta: { ...koski2025.meta, date: "2025-12-12" } };
    const { conflicts } = await tab.library.getState().importOutcomes([outcome(changed)]);
    await tab.library.getState().resolveConflicts(conflicts, ["replace"]);
    expect(tab.app.getState().assessment?.meta.date).toBe("2025-12-12");
  });
});
