import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import type { Assessment } from "./assessment";
import {
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_SCHEMA_REF,
  assessmentFileName,
  readAssessmentFile,
  toAssessmentFile,
} from "./assessment-file";
import { DEFAULT_CALENDAR } from "./plan";

const checklist = buildChecklist(PIENI_KUNTA, "pieni-kunta", "1.0.0");

const assessment: Assessment = {
  id: "test-assessment-0001",
  createdAt: "2026-11-23T12:00:00.000Z",
  checklist: { id: "pieni-kunta", version: "1.0.0" },
  meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
  answers: {
    a1: { kind: "level", level: 3, note: "Yhdistysilta keväällä ja syksyllä." },
    a3: { kind: "notApplicable", reason: "Kunta on niin pieni, että kaikki tuntevat toisensa." },
    b1: { kind: "dontKnow" },
  },
  targets: { a1: 3, b1: 2 },
  actions: [
    {
      id: "action-1",
      what: "Kutsutaan yhdistykset syysiltaan – vuosikello käydään läpi",
      responsible: "Hyvinvointikoordinaattori",
      due: "2027-10-15",
      status: "underway",
      itemId: "b1",
    },
    { id: "action-2", what: "Avustusohjeet selkokielelle", responsible: "", status: "planned" },
  ],
  calendar: [
    { id: "spring", template: "springAssociationEvening", title: "", month: 4 },
    { id: "grants", title: "Kulturbidrag – ansökan", month: 12, endMonth: 1, note: "Åbo" },
  ],
  updatedAt: "2026-11-23T12:00:00.000Z",
};

function fileText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...toAssessmentFile(assessment), ...overrides });
}

function problemsOf(text: string) {
  const result = readAssessmentFile(text, [checklist]);
  return result.ok ? [] : result.problems;
}

describe("toAssessmentFile", () => {
  it("tags the assessment with the format and its version", () => {
    expect(toAssessmentFile(assessment)).toEqual({
      $schema: ASSESSMENT_SCHEMA_REF,
      format: ASSESSMENT_FILE_FORMAT,
      formatVersion: 3,
      ...assessment,
    });
  });

  it("copies only the assessment's own fields", () => {
    const withExtra = { ...assessment, isDirty: true };
    expect(Object.keys(toAssessmentFile(withExtra))).not.toContain("isDirty");
  });
});

describe("assessmentFileName", () => {
  const named = (municipality: string) =>
    assessmentFileName({ ...assessment, meta: { ...assessment.meta, municipality } });

  it.each([
    ["Koski Tl", "kumppanuuspeili-koski-tl-2026-11-23.json"],
    ["Mänttä-Vilppula", "kumppanuuspeili-mantta-vilppula-2026-11-23.json"],
    ["Närpes / Närpiö", "kumppanuuspeili-narpes-narpio-2026-11-23.json"],
    ["  Åbo  ", "kumppanuuspeili-abo-2026-11-23.json"],
    ["Pöytyä (kunta)!", "kumppanuuspeili-poytya-kunta-2026-11-23.json"],
    ["", "kumppanuuspeili-arviointi-2026-11-23.json"],
    ["???", "kumppanuuspeili-arviointi-2026-11-23.json"],
  ])("names %j as %s", (municipality, fileName) => {
    expect(named(municipality)).toBe(fileName);
  });
});

describe("readAssessmentFile", () => {
  it("round-trips an exported assessment", () => {
    const text = JSON.stringify(toAssessmentFile(assessment));
    expect(readAssessmentFile(text, [checklist])).toEqual({ ok: true, value: assessment });
  });

  it("reports text that is not JSON", () => {
    expect(problemsOf("{ not json")).toEqual([{ path: "", code: "invalidJson", detail: expect.any(String) }]);
  });

  it.each([
    ["another JSON file", JSON.stringify({ name: "kumppanuuspeili", version: "0.1.0" })],
    ["a wrong format", fileText({ format: "excalidraw" })],
    ["a JSON array", "[]"],
    ["a JSON string", '"kumppanuuspeili-assessment"'],
  ])("reports only the format for %s", (_, text) => {
    expect(problemsOf(text)).toEqual([{ path: "", code: "notOurFormat", detail: ASSESSMENT_FILE_FORMAT }]);
  });

  it("reads a version 1 file, which had no plan, with the plan a new assessment starts with", () => {
    const { targets: _t, actions: _a, calendar: _c, ...version1 } = toAssessmentFile(assessment);
    const result = readAssessmentFile(JSON.stringify({ ...version1, formatVersion: 1 }), [checklist]);
    expect(result).toEqual({
      ok: true,
      value: { ...assessment, targets: {}, actions: [], calendar: DEFAULT_CALENDAR },
    });
  });

  it("reports a newer format version than this app reads", () => {
    expect(problemsOf(fileText({ formatVersion: 4 }))).toEqual([
      { path: "formatVersion", code: "unknownVersion", detail: "4" },
    ]);
  });

  it("reports a damaged action and calendar event with their paths", () => {
    const text = fileText({
      actions: [{ id: "a", what: " ", responsible: "", status: "someday" }],
      calendar: [{ id: "c", title: "", month: 13 }],
    });
    expect(problemsOf(text)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "actions[0].what", code: "tooShort" }),
        expect.objectContaining({ path: "actions[0].status", code: "notAllowed" }),
        expect.objectContaining({ path: "calendar[0].month", code: "tooBig" }),
      ]),
    );
  });

  it("reports targets and actions that name items the checklist does not have", () => {
    const text = fileText({
      targets: { zz: 2 },
      actions: [{ id: "a", what: "x", responsible: "", status: "done", itemId: "yy" }],
    });
    expect(problemsOf(text)).toEqual([
      { path: "targets.zz", code: "unknownItem", detail: "zz", entry: { kind: "target", itemId: "zz" } },
      {
        path: "actions[0].itemId",
        code: "unknownItem",
        detail: "yy",
        entry: { kind: "action", index: 0 },
        field: "itemId",
      },
    ]);
  });

  it("reports a format version older than any the app read", () => {
    expect(problemsOf(fileText({ formatVersion: 0 }))).toEqual([
      { path: "formatVersion", code: "unknownVersion", detail: "0" },
    ]);
  });

  it("reports the frame's problems together, with their paths", () => {
    const text = fileText({ meta: { ...assessment.meta, year: 1999 }, extra: true });
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({ path: "meta.year", code: "tooSmall" }),
      { path: "extra", code: "unexpectedField" },
    ]);
  });

  it("reports a damaged answer by its item, number and field", () => {
    const text = fileText({ answers: { a1: { kind: "level", level: 4 } } });
    expect(problemsOf(text)).toEqual([
      {
        path: "answers.a1.level",
        code: "notAllowed",
        detail: "0, 1, 2, 3",
        entry: { kind: "answer", itemId: "a1", item: { number: "1.1", text: expect.any(Object) } },
        field: "level",
      },
    ]);
  });

  it("reports a checklist the app does not have", () => {
    expect(problemsOf(fileText({ checklist: { id: "muu-lista", version: "1.0.0" } }))).toEqual([
      { path: "checklist.id", code: "unknownChecklist", detail: "muu-lista" },
    ]);
  });

  it("reports a checklist version the app does not have, with the versions it has", () => {
    expect(problemsOf(fileText({ checklist: { id: "pieni-kunta", version: "2.0.0" } }))).toEqual([
      { path: "checklist.version", code: "unknownVersion", detail: "2.0.0 (available: 1.0.0)" },
    ]);
  });

  it("picks the checklist version the file names", () => {
    const newer = buildChecklist([{ id: "uusi", items: [{ id: "x1", weight: 1 }] }], "pieni-kunta", "2.0.0");
    const text = JSON.stringify(toAssessmentFile(assessment));
    expect(readAssessmentFile(text, [newer, checklist]).ok).toBe(true);
  });

  it("reports each answer to an item the checklist does not have", () => {
    const text = fileText({
      answers: { ...assessment.answers, zz: { kind: "dontKnow" }, yy: { kind: "dontKnow" } },
    });
    expect(problemsOf(text)).toEqual([
      { path: "answers.zz", code: "unknownItem", detail: "zz", entry: { kind: "answer", itemId: "zz" } },
      { path: "answers.yy", code: "unknownItem", detail: "yy", entry: { kind: "answer", itemId: "yy" } },
    ]);
  });
});
