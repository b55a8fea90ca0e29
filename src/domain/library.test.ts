import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import { type Answer, type Assessment, createAssessment, type RespondentRole } from "./assessment";
import {
  duplicateForYear,
  filterRows,
  findDuplicate,
  type LibraryRow,
  libraryRow,
  needsExportReminder,
  sortRows,
} from "./library";
import { emptyPlan } from "./plan";

// Cooperation a1–a4 (weights 3, 1, 2, 1), support b1–b2 (2, 2), premises c1–c2 (1, 3).
const checklist = buildChecklist(PIENI_KUNTA);
const ref = { id: checklist.id, version: checklist.version };
const level = (value: 0 | 1 | 2 | 3): Answer => ({ kind: "level", level: value });

function assessment(
  id: string,
  municipality: string,
  year: number,
  respondentRole: RespondentRole = "municipality",
  updatedAt = "2026-03-01T10:00:00.000Z",
): Assessment {
  return {
    ...createAssessment(ref, new Date("2026-01-05T08:00:00.000Z"), id),
    meta: { municipality, year, respondentRole, date: `${year}-01-05` },
    updatedAt,
  };
}

describe("libraryRow", () => {
  it("sums up progress, the overall score and its band by hand", () => {
    const answered: Assessment = {
      ...assessment("koski-2026", "Koski Tl", 2026),
      answers: {
        a1: level(3),
        a2: level(0),
        b1: level(1),
        b2: level(2),
        c1: level(0),
        c2: { kind: "dontKnow" },
      },
    };
    // Cooperation (3·1 + 1·0) / 4 = 75; support (2·⅓ + 2·⅔) / 4 = 50; premises 1·0 / 1 = 0; mean 41.67.
    const row = libraryRow(answered, checklist);
    expect(row).toEqual({
      id: "koski-2026",
      municipality: "Koski Tl",
      year: 2026,
      role: "municipality",
      checklistVersion: checklist.version,
      answered: 6,
      total: 8,
      score: expect.closeTo(125 / 3, 10),
      band: "developing",
      updatedAt: "2026-03-01T10:00:00.000Z",
    });
  });

  it("shows no progress or score without the checklist, and no score while a theme is unanswered", () => {
    const fresh = assessment("fresh-0001", "Pöytyä", 2025);
    expect(libraryRow(fresh, null)).toMatchObject({ answered: 0, total: 0, score: null, band: null });
    expect(libraryRow({ ...fresh, answers: { a1: level(3) } }, checklist)).toMatchObject({
      answered: 1,
      total: 8,
      score: null,
      band: null,
    });
  });
});

const rows: LibraryRow[] = [
  { ...libraryRow(assessment("koski-2025", "Koski Tl", 2025), null), score: 40, band: "developing" },
  {
    ...libraryRow(
      assessment("koski-2026", "Koski Tl", 2026, "municipality", "2026-05-01T00:00:00.000Z"),
      null,
    ),
    answered: 4,
    total: 8,
    score: 60,
    band: "established",
  },
  {
    ...libraryRow(assessment("yhd-2026", "Pöytyä", 2026, "association", "2026-04-01T00:00:00.000Z"), null),
    answered: 8,
    total: 8,
  },
];
const ids = (list: readonly LibraryRow[]) => list.map((row) => row.id);

describe("filterRows", () => {
  it("filters by a part of the normalized municipality, the year and the role", () => {
    expect(ids(filterRows(rows, { municipality: "  KOSKI " }))).toEqual(["koski-2025", "koski-2026"]);
    expect(ids(filterRows(rows, { municipality: "po\u0308y" }))).toEqual(["yhd-2026"]);
    expect(ids(filterRows(rows, { year: 2026 }))).toEqual(["koski-2026", "yhd-2026"]);
    expect(ids(filterRows(rows, { year: 2026, role: "municipality" }))).toEqual(["koski-2026"]);
    expect(ids(filterRows(rows, {}))).toEqual(ids(rows));
  });
});

describe("sortRows", () => {
  it("sorts by each column both ways", () => {
    expect(ids(sortRows(rows, "year", "ascending"))).toEqual(["koski-2025", "koski-2026", "yhd-2026"]);
    expect(ids(sortRows(rows, "municipality", "descending"))).toEqual([
      "yhd-2026",
      "koski-2026",
      "koski-2025",
    ]);
    expect(ids(sortRows(rows, "role", "ascending"))).toEqual(["yhd-2026", "koski-2026", "koski-2025"]);
    expect(ids(sortRows(rows, "progress", "descending"))).toEqual(["yhd-2026", "koski-2026", "koski-2025"]);
    expect(ids(sortRows(rows, "updatedAt", "descending"))).toEqual(["koski-2026", "yhd-2026", "koski-2025"]);
    expect(ids(sortRows(rows, "checklistVersion", "ascending"))).toEqual([
      "koski-2026",
      "yhd-2026",
      "koski-2025",
    ]);
  });

  it("puts rows without a score last in both directions", () => {
    expect(ids(sortRows(rows, "score", "ascending"))).toEqual(["koski-2025", "koski-2026", "yhd-2026"]);
    expect(ids(sortRows(rows, "score", "descending"))).toEqual(["koski-2026", "koski-2025", "yhd-2026"]);
  });
});

describe("findDuplicate", () => {
  const stored = [
    assessment("koski-2026", "Koski Tl", 2026),
    {
      ...assessment("poytya-2026", "Pöytyä", 2026),
      meta: {
        municipality: "Pöytyä",
        municipalityCode: "636",
        year: 2026,
        respondentRole: "municipality" as const,
        date: "2026-01-05",
      },
    },
  ];

  it("finds the same id first", () => {
    const incoming = { ...assessment("koski-2026", "Turku", 2020) };
    expect(findDuplicate(incoming, stored)).toEqual({ existing: stored[0], reason: "sameId" });
  });

  it("finds the same normalized municipality, year and role", () => {
    const incoming = assessment("other-0001", "  koski   TL ", 2026);
    expect(findDuplicate(incoming, stored)).toEqual({ existing: stored[0], reason: "sameDetails" });
  });

  it("takes the same official code as the same municipality whatever the name", () => {
    const incoming = assessment("other-0002", "Pöytyän kunta", 2026);
    const coded = { ...incoming, meta: { ...incoming.meta, municipalityCode: "636" } };
    expect(findDuplicate(coded, stored)).toEqual({ existing: stored[1], reason: "sameDetails" });
  });

  it("keeps another year or another role apart", () => {
    expect(findDuplicate(assessment("other-0003", "Koski Tl", 2027), stored)).toBeNull();
    expect(findDuplicate(assessment("other-0004", "Koski Tl", 2026, "association"), stored)).toBeNull();
  });
});

describe("duplicateForYear", () => {
  const original: Assessment = {
    ...assessment("koski-2026", "Koski Tl", 2026),
    answers: { a1: level(2), a2: { kind: "dontKnow", note: "Kysytään sivistystoimesta." } },
    targets: { a1: 3 },
    actions: [
      { id: "action-1", what: "Avustusten hakuaika", responsible: "", status: "planned", itemId: "a1" },
    ],
  };
  const now = new Date("2026-11-23T09:30:00.000Z");

  it("copies answers and notes under a new id and year, with today's date moved into that year", () => {
    const copy = duplicateForYear(original, 2027, { carryPlan: false, now, id: "koski-2027" });
    expect(copy).toEqual({
      id: "koski-2027",
      createdAt: "2026-11-23T09:30:00.000Z",
      checklist: original.checklist,
      meta: { ...original.meta, year: 2027, date: "2027-11-23" },
      answers: original.answers,
      ...emptyPlan(),
      updatedAt: "2026-11-23T09:30:00.000Z",
    });
    expect(copy.answers).not.toBe(original.answers);
    expect(original.meta.year).toBe(2026);
  });

  it("carries targets, actions and the annual clock only when asked", () => {
    const copy = duplicateForYear(original, 2026, { carryPlan: true, now });
    expect(copy.id).not.toBe(original.id);
    expect(copy.meta.date).toBe("2026-11-23");
    expect({ targets: copy.targets, actions: copy.actions, calendar: copy.calendar }).toEqual({
      targets: original.targets,
      actions: original.actions,
      calendar: original.calendar,
    });
  });

  it("keeps a leap day a real date in a year without one", () => {
    const leapDay = new Date("2028-02-29T12:00:00.000Z");
    expect(duplicateForYear(original, 2029, { carryPlan: false, now: leapDay }).meta.date).toBe("2029-02-28");
  });
});

describe("needsExportReminder", () => {
  const made = { createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-10T00:00:00.000Z" };
  const at = (iso: string) => new Date(iso);

  it("reminds 30 days after the first start when nothing was ever exported", () => {
    expect(needsExportReminder([made], null, at("2026-01-30T23:59:59.000Z"))).toBe(false);
    expect(needsExportReminder([made], null, at("2026-01-31T00:00:00.000Z"))).toBe(true);
  });

  it("reminds 30 days after the last export only when something changed since", () => {
    const exported = "2026-01-05T00:00:00.000Z";
    expect(needsExportReminder([made], exported, at("2026-02-03T00:00:00.000Z"))).toBe(false);
    expect(needsExportReminder([made], exported, at("2026-02-04T00:00:00.000Z"))).toBe(true);
    expect(needsExportReminder([made], "2026-01-10T00:00:00.000Z", at("2027-01-01T00:00:00.000Z"))).toBe(
      false,
    );
  });

  it("never reminds with nothing stored", () => {
    expect(needsExportReminder([], null, at("2030-01-01T00:00:00.000Z"))).toBe(false);
  });
});
