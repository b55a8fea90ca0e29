import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { type Assessment, createAssessment } from "../domain/assessment";
import { type WorkshopMember, workshopMember } from "../domain/workshop";
import { type AssessmentStorage, createMemoryStorage } from "./assessment-storage";
import { openIndexedDbStorage } from "./indexeddb-storage";
import { provideStorage } from "./storage-handle";
import { useWorkshopStore } from "./workshops";

const ref = { id: "jarjestoystavallinen-kunta", version: "1.0.0" };

function member(id: string, municipality: string): WorkshopMember {
  const assessment: Assessment = {
    ...createAssessment(ref, new Date("2026-11-23T10:00:00.000Z"), id),
    meta: { municipality, year: 2026, respondentRole: "municipality", date: "2026-11-23" },
  };
  return workshopMember(`${municipality}.json`, assessment, new Date("2026-11-24T09:00:00.000Z"));
}

const koski = member("assessment-0001", "Koski Tl");
const poytya = member("assessment-0002", "Pöytyä");
const store = () => useWorkshopStore.getState();
const memberIds = (members: readonly WorkshopMember[] | undefined) => members?.map((m) => m.assessment.id);

/** A backend whose workshop writes fail as a full disk's would, until `isFull` is set back. */
function fullDisk(storage: AssessmentStorage) {
  const state = { isFull: true };
  const backend: AssessmentStorage = {
    ...storage,
    putWorkshop: async (workshop) => {
      if (state.isFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return storage.putWorkshop(workshop);
    },
  };
  return { backend, state };
}

let storage: AssessmentStorage;
beforeEach(() => {
  storage = createMemoryStorage();
  provideStorage(storage);
  useWorkshopStore.setState({ summaries: null, problems: [], workshop: null });
});

describe("useWorkshopStore", () => {
  it("creates, lists in name order and opens workshops", async () => {
    await store().loadSummaries();
    expect(store().summaries).toEqual([]);
    const varsinais = await store().createWorkshop("  Varsinais-Suomi 2026 ");
    const own = await store().createWorkshop("Koski Tl:n järjestöt", { forAssessmentId: "assessment-0001" });
    expect(varsinais.name).toBe("Varsinais-Suomi 2026");
    expect(store().summaries).toEqual([
      {
        id: own.id,
        name: "Koski Tl:n järjestöt",
        memberCount: 0,
        updatedAt: own.updatedAt,
        forAssessmentId: "assessment-0001",
      },
      { id: varsinais.id, name: "Varsinais-Suomi 2026", memberCount: 0, updatedAt: varsinais.updatedAt },
    ]);
    expect(await store().openWorkshop(varsinais.id)).toEqual(varsinais);
    expect(store().workshop).toEqual(varsinais);
    expect(await store().openWorkshop("workshop-missing")).toBeNull();
    expect(store().workshop).toBeNull();
  });

  it("adds members in one write, replacing those named and any with the same assessment id", async () => {
    const workshop = await store().createWorkshop("Alue");
    await store().openWorkshop(workshop.id);
    await store().addMembers(workshop.id, [koski, poytya]);
    const newerKoski = { ...member("assessment-0003", "Koski Tl"), fileName: "koski-2.json" };
    const againPoytya = { ...poytya, fileName: "poytya-uusi.json" };
    await store().addMembers(workshop.id, [newerKoski, againPoytya], ["assessment-0001"]);
    expect(memberIds(store().workshop?.members)).toEqual(["assessment-0003", "assessment-0002"]);
    expect(store().workshop?.members[1]?.fileName).toBe("poytya-uusi.json");
    const read = await storage.getWorkshop(workshop.id);
    expect(read?.kind === "ok" && read.workshop).toEqual(store().workshop);
    await store().removeMember(workshop.id, "assessment-0003");
    expect(memberIds(store().workshop?.members)).toEqual(["assessment-0002"]);
  });

  it("keeps two quick additions, each applied to what the other wrote", async () => {
    const workshop = await store().createWorkshop("Alue");
    await Promise.all([store().addMembers(workshop.id, [koski]), store().addMembers(workshop.id, [poytya])]);
    const read = await storage.getWorkshop(workshop.id);
    expect(memberIds(read?.kind === "ok" ? read.workshop.members : [])).toEqual([
      "assessment-0001",
      "assessment-0002",
    ]);
  });

  it("renames, and deletes with the workshop returned so the page can undo", async () => {
    await store().loadSummaries();
    const workshop = await store().createWorkshop("Alue");
    await store().addMembers(workshop.id, [koski]);
    await store().openWorkshop(workshop.id);
    await store().renameWorkshop(workshop.id, " Varsinais-Suomi ");
    expect(store().summaries?.map((summary) => summary.name)).toEqual(["Varsinais-Suomi"]);
    const deleted = await store().deleteWorkshop(workshop.id);
    expect(deleted).toMatchObject({ id: workshop.id, name: "Varsinais-Suomi", members: [koski] });
    expect(store().summaries).toEqual([]);
    expect(store().workshop).toBeNull();
    expect(await storage.getWorkshop(workshop.id)).toBeNull();
    if (!deleted) throw new Error("nothing deleted");
    await store().restoreWorkshop(deleted);
    expect(await storage.getWorkshop(workshop.id)).toEqual({ kind: "ok", workshop: deleted });
    expect(store().summaries?.map((summary) => summary.memberCount)).toEqual([1]);
    expect(await store().deleteWorkshop("workshop-missing")).toBeNull();
  });

  it("finds the newest set of associations' answers gathered for an own assessment", async () => {
    expect(await store().workshopFor("assessment-0001")).toBeNull();
    await store().createWorkshop("Alue");
    const set = await store().createWorkshop("Järjestöt", { forAssessmentId: "assessment-0001" });
    expect(await store().workshopFor("assessment-0001")).toEqual(set);
    expect(await store().workshopFor("assessment-0002")).toBeNull();
  });

  it("lists a damaged workshop as a problem with its raw data, and never opens, changes or deletes it", async () => {
    const damaged = { id: "workshop-0009", name: "" };
    storage = createMemoryStorage([], [["workshop-0009", damaged]]);
    provideStorage(storage);
    await store().loadSummaries();
    expect(store().summaries).toEqual([]);
    expect(store().problems).toEqual([
      expect.objectContaining({
        kind: "setAside",
        id: "workshop-0009",
        reason: "damaged",
        raw: JSON.stringify(damaged, null, 2),
      }),
    ]);
    expect(await store().openWorkshop("workshop-0009")).toBeNull();
    await store().renameWorkshop("workshop-0009", "Uusi");
    await store().addMembers("workshop-0009", [koski]);
    expect(await store().deleteWorkshop("workshop-0009")).toBeNull();
    expect(store().problems).toHaveLength(1);
    const read = await storage.getWorkshop("workshop-0009");
    expect(read?.kind === "damaged" && JSON.parse(read.raw)).toEqual(damaged);
  });

  it("shows a failed write, keeps what was stored and on screen, and clears the problem once a write succeeds", async () => {
    const workshop = await store().createWorkshop("Alue");
    await store().addMembers(workshop.id, [koski]);
    await store().openWorkshop(workshop.id);
    const { backend, state } = fullDisk(storage);
    provideStorage(backend);
    await store().addMembers(workshop.id, [poytya]);
    await store().renameWorkshop(workshop.id, "Uusi nimi");
    expect(store().problems).toEqual([{ kind: "writeFailed", errorName: "QuotaExceededError" }]);
    expect(memberIds(store().workshop?.members)).toEqual(["assessment-0001"]);
    const read = await storage.getWorkshop(workshop.id);
    expect(read?.kind === "ok" && [read.workshop.name, memberIds(read.workshop.members)]).toEqual([
      "Alue",
      ["assessment-0001"],
    ]);
    await expect(store().createWorkshop("Toinen")).rejects.toMatchObject({ name: "QuotaExceededError" });
    state.isFull = false;
    await store().addMembers(workshop.id, [poytya]);
    expect(store().problems).toEqual([]);
    expect(memberIds(store().workshop?.members)).toEqual(["assessment-0001", "assessment-0002"]);
  });

  it("keeps workshops in IndexedDB across a reopened database", async () => {
    const factory = new IDBFactory();
    const first = await openIndexedDbStorage(factory);
    provideStorage(first);
    const workshop = await store().createWorkshop("Alue");
    await store().addMembers(workshop.id, [koski, poytya]);
    first.close();
    provideStorage(await openIndexedDbStorage(factory));
    useWorkshopStore.setState({ summaries: null, workshop: null });
    await store().loadSummaries();
    expect(store().summaries).toEqual([
      expect.objectContaining({ id: workshop.id, name: "Alue", memberCount: 2 }),
    ]);
    expect(memberIds((await store().openWorkshop(workshop.id))?.members)).toEqual([
      "assessment-0001",
      "assessment-0002",
    ]);
  });
});
