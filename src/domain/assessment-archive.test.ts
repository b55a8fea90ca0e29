import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import { type Assessment, createAssessment } from "./assessment";
import {
  ASSESSMENTS_ARCHIVE_MAX,
  ASSESSMENTS_FILE_FORMAT,
  assessmentsFileName,
  isAssessmentsArchive,
  readAssessmentsArchive,
  toAssessmentsFile,
} from "./assessment-archive";
import { toAssessmentFile } from "./assessment-file";
import { toWorkshopFile } from "./workshop-archive";

const checklist = buildChecklist(PIENI_KUNTA);
const NOW = new Date("2026-11-23T08:00:00.000Z");

function assessment(id: string, municipality: string, year: number): Assessment {
  return {
    ...createAssessment({ id: checklist.id, version: checklist.version }, NOW, id),
    meta: { municipality, year, respondentRole: "municipality", date: `${year}-03-01` },
    answers: {
      a1: { kind: "level", level: 2, note: "Sovittu kunnanhallituksessa." },
      b1: { kind: "dontKnow" },
    },
  };
}

const koski2025 = assessment("koski-2025", "Koski Tl", 2025);
const koski2026 = assessment("koski-2026", "Koski Tl", 2026);

describe("assessments archive", () => {
  it("is named by the day of export", () => {
    expect(assessmentsFileName(NOW)).toBe("kumppanuuspeili-2026-11-23.kumppanuuspeili-assessments.json");
  });

  it("holds each assessment as an assessment file, and reads back entry by entry", () => {
    const file = toAssessmentsFile([koski2025, koski2026], NOW);
    expect(file).toEqual({
      format: ASSESSMENTS_FILE_FORMAT,
      formatVersion: 1,
      exportedAt: "2026-11-23T08:00:00.000Z",
      assessments: [toAssessmentFile(koski2025), toAssessmentFile(koski2026)],
    });
    const data = JSON.parse(JSON.stringify(file));
    expect(isAssessmentsArchive(data)).toBe(true);
    expect(readAssessmentsArchive(data, [checklist])).toEqual({
      ok: true,
      value: {
        entries: [
          { index: 0, result: { ok: true, value: { assessment: koski2025, dropped: [] } } },
          { index: 1, result: { ok: true, value: { assessment: koski2026, dropped: [] } } },
        ],
      },
    });
  });

  it("reads every entry on its own: a broken one never stops the others and is named with its reason", () => {
    const file = JSON.parse(JSON.stringify(toAssessmentsFile([koski2025, koski2026], NOW)));
    file.assessments[0].meta.year = 1800;
    file.assessments.splice(1, 0, "text");
    const read = readAssessmentsArchive(file, [checklist]);
    if (!read.ok) throw new Error("archive refused");
    expect(read.value.entries).toEqual([
      { index: 0, result: { ok: false, problems: [expect.objectContaining({ path: "meta.year" })] } },
      {
        index: 1,
        result: { ok: false, problems: [{ path: "", code: "notOurFormat", detail: expect.any(String) }] },
      },
      { index: 2, result: { ok: true, value: { assessment: koski2026, dropped: [] } } },
    ]);
  });

  it("refuses anything else, a workshop archive included, naming the format it expected", () => {
    const notArchive = { path: "", code: "notOurFormat", detail: ASSESSMENTS_FILE_FORMAT };
    const workshop = toWorkshopFile({
      id: "workshop-0001",
      name: "Alue",
      members: [],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    for (const data of [null, [], "text", toAssessmentFile(koski2025), workshop]) {
      expect(isAssessmentsArchive(data)).toBe(false);
      expect(readAssessmentsArchive(data, [checklist])).toEqual({ ok: false, problems: [notArchive] });
    }
  });

  it("refuses a newer version, and a frame that is wrong, whole", () => {
    const file = toAssessmentsFile([koski2025], NOW);
    expect(readAssessmentsArchive({ ...file, formatVersion: 2 }, [checklist])).toEqual({
      ok: false,
      problems: [{ path: "formatVersion", code: "unknownVersion", detail: "2" }],
    });
    const tooMany = { ...file, assessments: Array.from({ length: ASSESSMENTS_ARCHIVE_MAX + 1 }, () => ({})) };
    expect(readAssessmentsArchive(tooMany, [checklist])).toMatchObject({
      ok: false,
      problems: [{ path: "assessments" }],
    });
    expect(readAssessmentsArchive({ ...file, extra: 1 }, [checklist])).toMatchObject({ ok: false });
  });

  it("keeps reading the version 1 fixture with the shipped checklist", () => {
    const fixture = path.resolve(
      import.meta.dirname,
      "../../tests/fixtures/archives/assessments-v1.kumppanuuspeili-assessments.json",
    );
    const read = readAssessmentsArchive(
      JSON.parse(readFileSync(fixture, "utf8")),
      bundledRegistry.checklists,
    );
    if (!read.ok) throw new Error("fixture refused");
    expect(
      read.value.entries.map(({ result }) => {
        if (!result.ok) return result.problems;
        const { id, meta, answers } = result.value.assessment;
        return [id, meta.year, meta.respondentRole, Object.keys(answers).length, result.value.dropped];
      }),
    ).toEqual([
      ["5b0f3c52-8d3e-4b6a-9f1e-2c7d8a9b0c1d", 2025, "workshop", 8, []],
      ["9c2e7a41-3f5d-4c8b-a6e0-1d4b7f2c8e93", 2026, "municipality", 4, []],
    ]);
  });
});
