import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import type { Assessment } from "./assessment";
import {
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_SCHEMA_REF,
  assessmentFileName,
  importAssessment,
  readAssessmentBytes,
  readAssessmentFile,
  toAssessmentFile,
} from "./assessment-file";
import { fileSizeProblem } from "./file-text";
import { FILE_MAX_BYTES } from "./limits";
import { DEFAULT_CALENDAR } from "./plan";
import { droppedEntryCount } from "./problems";

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

describe("importAssessment: the valid part of a file with bad entries", () => {
  const read = (overrides: Record<string, unknown>) => {
    const result = importAssessment({ ...toAssessmentFile(assessment), ...overrides }, [checklist]);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
    return result.value;
  };

  it("keeps every other answer when one is bad, and names the bad one by item", () => {
    const { assessment: read1, dropped } = read({
      answers: { ...assessment.answers, a2: { kind: "level", level: 7 } },
    });
    expect(read1.answers).toEqual(assessment.answers);
    expect(dropped).toEqual([
      expect.objectContaining({
        path: "answers.a2.level",
        entry: expect.objectContaining({
          kind: "answer",
          itemId: "a2",
          item: expect.objectContaining({ number: "1.2" }),
        }),
      }),
    ]);
    expect(droppedEntryCount(dropped)).toBe(1);
  });

  it("leaves out an action with an empty description, an unknown item and a bad event, keeping the rest", () => {
    const [first, second] = assessment.actions;
    const { assessment: kept, dropped } = read({
      answers: { ...assessment.answers, zz: { kind: "dontKnow" } },
      targets: { a1: 3, b1: "high" },
      actions: [first, { ...second, what: "  " }, { ...second, id: "x", itemId: "nope", due: "soon" }],
      calendar: [...assessment.calendar, { id: "bad", title: "", month: 0 }],
    });
    expect(kept.answers).toEqual(assessment.answers);
    expect(kept.targets).toEqual({ a1: 3 });
    expect(kept.actions).toEqual([first]);
    expect(kept.calendar).toEqual(assessment.calendar);
    expect(dropped.map(({ path, code, field }) => [path, code, field])).toEqual([
      ["answers.zz", "unknownItem", undefined],
      ["targets.b1", "notAllowed", undefined],
      ["actions[1].what", "tooShort", "what"],
      ["actions[2].due", "badFormat", "due"],
      ["calendar[2].month", "tooSmall", "month"],
    ]);
    // actions[2] has one problem here (the date); its unknown item is checked once the action is valid.
    expect(droppedEntryCount(dropped)).toBe(5);
  });

  it.each([
    ["bad meta", { meta: { ...assessment.meta, year: "2026" } }, "meta.year"],
    ["a missing id", { id: undefined }, "id"],
    ["actions that are not a list", { actions: {} }, "actions"],
    ["more actions than allowed", { actions: Array.from({ length: 501 }, () => ({})) }, "actions"],
  ])("refuses the whole file for %s", (_, overrides, path) => {
    const result = importAssessment({ ...toAssessmentFile(assessment), ...overrides }, [checklist]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toContain(path);
  });

  it("reads the app's own stored-state backup, naming paths inside it", () => {
    const backup = {
      state: { assessment: { ...assessment, targets: { zz: 1 } }, language: "fi" },
      version: 3,
    };
    const result = importAssessment(backup, [checklist]);
    expect(result.ok && result.value.assessment).toEqual({ ...assessment, targets: {} });
    expect(result.ok && result.value.dropped.map((problem) => problem.path)).toEqual([
      "state.assessment.targets.zz",
    ]);
  });

  it("says a backup without an assessment has none, and refuses a newer backup", () => {
    expect(
      importAssessment({ state: { assessment: null, language: "fi" }, version: 3 }, [checklist]),
    ).toEqual({
      ok: false,
      problems: [{ path: "state.assessment", code: "noAssessment" }],
    });
    expect(importAssessment({ state: { assessment, language: "fi" }, version: 9 }, [checklist])).toEqual({
      ok: false,
      problems: [{ path: "version", code: "unknownVersion", detail: "9" }],
    });
  });
});

describe("readAssessmentBytes", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const exported = JSON.stringify(toAssessmentFile(assessment));

  it("accepts a UTF-8 byte-order mark", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(exported)]);
    expect(readAssessmentBytes(withBom, [checklist])).toEqual({
      ok: true,
      value: { assessment, dropped: [] },
    });
  });

  it("refuses bytes that are not UTF-8, such as UTF-16 or Latin-1", () => {
    const latin1 = new Uint8Array([...encode('{"meta":"'), 0xe4, ...encode('"}')]);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    for (const bytes of [latin1, utf16]) {
      expect(readAssessmentBytes(bytes, [checklist])).toEqual({
        ok: false,
        problems: [{ path: "", code: "invalidEncoding" }],
      });
    }
  });

  it("refuses a file over the size limit before reading it, naming the limit", () => {
    const huge = new Uint8Array(FILE_MAX_BYTES + 1);
    expect(readAssessmentBytes(huge, [checklist])).toEqual({
      ok: false,
      problems: [{ path: "", code: "tooLarge", detail: "2 MB" }],
    });
    expect(fileSizeProblem(FILE_MAX_BYTES)).toBeNull();
  });
});
