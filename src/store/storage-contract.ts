import { describe, expect, it } from "vitest";
import { regional } from "../../tests/fixtures/adapted-checklist";
import { createAssessment } from "../domain/assessment";
import { STORED_FORMAT_VERSION, storedRecord } from "../domain/stored-record";
import { createWorkshop, type Workshop } from "../domain/workshop";
import type { AssessmentStorage } from "./assessment-storage";

type RawEntries = ReadonlyArray<readonly [string, unknown]>;
/**
 * Opens a fresh, empty backend; `raw` assessments and `rawWorkshops` are put in as a database could hold them
 * (damaged, newer, …).
 */
export type OpenBackend = (
  raw?: RawEntries,
  rawWorkshops?: RawEntries,
  rawChecklists?: RawEntries,
) => Promise<AssessmentStorage>;

const ref = { id: "jarjestoystavallinen-kunta", version: "1.0.0" };
const assessment = (id: string, municipality = "") => ({
  ...createAssessment(ref, new Date("2026-11-23T10:00:00.000Z"), id),
  meta: { municipality, year: 2026, respondentRole: "municipality" as const, date: "2026-11-23" },
});

const workshop = (id: string, name = "Varsinais-Suomi 2026"): Workshop => ({
  ...createWorkshop(name, new Date("2026-11-23T10:00:00.000Z"), id),
  members: [
    {
      fileName: "koski.json",
      addedAt: "2026-11-23T10:05:00.000Z",
      assessment: assessment("assessment-0001", "Koski Tl"),
    },
  ],
});

/** One contract, every backend (automerge-repo's storage-adapter-tests): both must behave alike. */
export function describeStorageContract(name: string, open: OpenBackend): void {
  describe(`${name} storage`, () => {
    it("starts empty, stores a new assessment as revision 1 and reads it back", async () => {
      const storage = await open();
      expect(await storage.list()).toEqual([]);
      expect(await storage.get("assessment-0001")).toBeNull();
      const result = await storage.put(assessment("assessment-0001", "Koski Tl"), 0);
      expect(result).toEqual({
        ok: true,
        record: storedRecord(assessment("assessment-0001", "Koski Tl"), 1),
      });
      expect(await storage.get("assessment-0001")).toEqual({
        kind: "ok",
        record: storedRecord(assessment("assessment-0001", "Koski Tl"), 1),
      });
    });

    it("keeps one record per assessment and lists them all", async () => {
      const storage = await open();
      await storage.put(assessment("assessment-0001"), 0);
      await storage.put(assessment("assessment-0002"), 0);
      const ids = (await storage.list()).map((read) => read.kind === "ok" && read.record.id);
      expect(ids.sort()).toEqual(["assessment-0001", "assessment-0002"]);
    });

    it("refuses a write based on an older revision, returning the newer record", async () => {
      const storage = await open();
      await storage.put(assessment("assessment-0001", "A"), 0);
      await storage.put(assessment("assessment-0001", "B"), 1);
      const stale = await storage.put(assessment("assessment-0001", "stale"), 1);
      expect(stale).toEqual({
        ok: false,
        reason: "conflict",
        current: storedRecord(assessment("assessment-0001", "B"), 2),
      });
      const read = await storage.get("assessment-0001");
      expect(read?.kind === "ok" && read.record.assessment.meta.municipality).toBe("B");
    });

    it("never overwrites or deletes a damaged record or one from a newer format, and still lists the good ones", async () => {
      const damaged = { id: "assessment-0002", revision: "x" };
      const newer = {
        ...storedRecord(assessment("assessment-0003"), 4),
        formatVersion: STORED_FORMAT_VERSION + 1,
      };
      const storage = await open([
        ["assessment-0002", damaged],
        ["assessment-0003", newer],
      ]);
      await storage.put(assessment("assessment-0001"), 0);
      expect(await storage.put(assessment("assessment-0002"), 0)).toEqual({ ok: false, reason: "setAside" });
      expect(await storage.put(assessment("assessment-0003"), 9)).toEqual({ ok: false, reason: "setAside" });
      await storage.delete("assessment-0002");
      const kinds = Object.fromEntries(
        (await storage.list()).map((read) => [read.kind === "ok" ? read.record.id : read.id, read.kind]),
      );
      expect(kinds).toEqual({
        "assessment-0001": "ok",
        "assessment-0002": "damaged",
        "assessment-0003": "newer",
      });
      const kept = await storage.get("assessment-0002");
      expect(kept?.kind !== "ok" && JSON.parse(kept?.raw ?? "null")).toEqual(damaged);
    });

    it("deletes a valid record", async () => {
      const storage = await open();
      await storage.put(assessment("assessment-0001"), 0);
      await storage.delete("assessment-0001");
      expect(await storage.get("assessment-0001")).toBeNull();
    });

    it("keeps settings", async () => {
      const storage = await open();
      expect(await storage.getSetting("openAssessmentId")).toBeNull();
      await storage.putSetting("openAssessmentId", "assessment-0001");
      expect(await storage.getSetting("openAssessmentId")).toBe("assessment-0001");
      await storage.putSetting("openAssessmentId", null);
      expect(await storage.getSetting("openAssessmentId")).toBeNull();
    });

    it("does not let a caller change what is stored by changing the object it wrote", async () => {
      const storage = await open();
      const written = assessment("assessment-0001", "Koski Tl");
      await storage.put(written, 0);
      written.meta.municipality = "changed";
      const read = await storage.get("assessment-0001");
      expect(read?.kind === "ok" && read.record.assessment.meta.municipality).toBe("Koski Tl");
    });

    it("keeps workshops apart from assessments, lists them and reads each back whole", async () => {
      const storage = await open();
      expect(await storage.listWorkshops()).toEqual([]);
      expect(await storage.getWorkshop("workshop-0001")).toBeNull();
      await storage.putWorkshop(workshop("workshop-0001"));
      await storage.putWorkshop(workshop("workshop-0002", "Pirkanmaa"));
      expect(await storage.getWorkshop("workshop-0001")).toEqual({
        kind: "ok",
        workshop: workshop("workshop-0001"),
      });
      const names = (await storage.listWorkshops()).map((read) => read.kind === "ok" && read.workshop.name);
      expect(names.sort()).toEqual(["Pirkanmaa", "Varsinais-Suomi 2026"]);
      expect(await storage.list()).toEqual([]);
      expect(await storage.get("workshop-0001")).toBeNull();
    });

    it("replaces a workshop with its next version, and deletes a valid one", async () => {
      const storage = await open();
      await storage.putWorkshop(workshop("workshop-0001"));
      await storage.putWorkshop({ ...workshop("workshop-0001", "Uusi nimi"), members: [] });
      expect(await storage.getWorkshop("workshop-0001")).toEqual({
        kind: "ok",
        workshop: { ...workshop("workshop-0001", "Uusi nimi"), members: [] },
      });
      await storage.deleteWorkshop("workshop-0001");
      expect(await storage.getWorkshop("workshop-0001")).toBeNull();
    });

    it("keeps adapted checklists as their files, reads them back validated, and never writes over a damaged one", async () => {
      const adapted = regional();
      const storage = await open([], [], [["rikki@1.0.0", { id: "rikki", version: 1 }]]);
      await storage.putChecklist(adapted);
      const listed = await storage.listChecklists();
      expect(listed.find((read) => read.key === "seutu-kunta@1.0.0")).toEqual({
        kind: "ok",
        key: "seutu-kunta@1.0.0",
        checklist: adapted,
      });
      expect(listed.find((read) => read.key === "rikki@1.0.0")?.kind).toBe("damaged");
      await expect(storage.putChecklist({ ...adapted, id: "rikki" })).rejects.toThrow(/damaged/);
      expect((await storage.listChecklists()).find((read) => read.key === "rikki@1.0.0")?.kind).toBe(
        "damaged",
      );
    });

    it("refuses an invalid workshop before writing, keeping what was stored", async () => {
      const storage = await open();
      await storage.putWorkshop(workshop("workshop-0001"));
      await expect(storage.putWorkshop(workshop("workshop-0001", "  "))).rejects.toMatchObject({
        name: "WorkshopWriteError",
        reason: "invalid",
      });
      const read = await storage.getWorkshop("workshop-0001");
      expect(read?.kind === "ok" && read.workshop.name).toBe("Varsinais-Suomi 2026");
    });

    it("never overwrites or deletes a damaged workshop, and still lists the good ones", async () => {
      const damaged = { id: "workshop-0002", name: 42 };
      const storage = await open([], [["workshop-0002", damaged]]);
      await storage.putWorkshop(workshop("workshop-0001"));
      await expect(storage.putWorkshop(workshop("workshop-0002"))).rejects.toMatchObject({
        reason: "setAside",
      });
      await storage.deleteWorkshop("workshop-0002");
      const listed = await storage.listWorkshops();
      expect(
        listed.map((read) => [read.kind === "ok" ? read.workshop.id : read.id, read.kind]).sort(),
      ).toEqual([
        ["workshop-0001", "ok"],
        ["workshop-0002", "damaged"],
      ]);
      const kept = await storage.getWorkshop("workshop-0002");
      expect(kept?.kind === "damaged" && JSON.parse(kept.raw)).toEqual(damaged);
    });

    it("does not let a caller change a stored workshop by changing the object it wrote", async () => {
      const storage = await open();
      const written = workshop("workshop-0001");
      await storage.putWorkshop(written);
      written.name = "changed";
      const read = await storage.getWorkshop("workshop-0001");
      expect(read?.kind === "ok" && read.workshop.name).toBe("Varsinais-Suomi 2026");
    });
  });
}
