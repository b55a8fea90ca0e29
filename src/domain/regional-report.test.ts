import { describe, expect, it } from "vitest";
import { buildChecklist } from "../../tests/fixtures/build-checklist";
import type { Answer, Assessment } from "./assessment";
import { buildRegionalReport, type RegionalReportInput } from "./regional-report";

// t1: x1, x2; t2: y1; every weight 1.
const checklist = buildChecklist([
  {
    id: "t1",
    items: [
      { id: "x1", weight: 1 },
      { id: "x2", weight: 1 },
    ],
  },
  { id: "t2", items: [{ id: "y1", weight: 1 }] },
]);

const level = (value: 0 | 1 | 2 | 3): Answer => ({ kind: "level", level: value });
const dontKnow: Answer = { kind: "dontKnow" };
const notApplicable: Answer = { kind: "notApplicable", reason: "Ei tiloja" };

function member(id: string, municipality: string, code: string, answers: Record<string, Answer>): Assessment {
  return {
    id: `member-${id}`,
    createdAt: "2026-03-01T10:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: {
      municipality,
      municipalityCode: code,
      year: 2026,
      respondentRole: "municipality",
      date: "2026-03-01",
    },
    answers,
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-03-01T10:00:00.000Z",
  };
}

// Listed out of name order on purpose.
const members = [
  member("koski", "Koski Tl", "284", { x1: level(2), x2: level(1), y1: dontKnow }),
  member("parainen", "Parainen", "445", { x1: level(1), x2: dontKnow, y1: level(3) }),
  member("aura", "Aura", "019", { x1: level(3), x2: level(0), y1: level(2) }),
  member("kemio", "Kemiönsaari", "322", { x1: level(3), x2: level(0), y1: notApplicable }),
];

function input(overrides: Partial<RegionalReportInput> = {}): RegionalReportInput {
  return {
    name: "Varsinais-Suomi 2026",
    members,
    checklists: [checklist],
    language: "fi",
    generatedAt: new Date(2026, 11, 2, 9),
    ...overrides,
  };
}

describe("buildRegionalReport", () => {
  const report = buildRegionalReport(input());
  if (!report) throw new Error("the checklist is given");

  it("lists the members by name with their overall and theme scores", () => {
    expect(report.generatedOn).toBe("2026-12-02");
    expect(report.memberCount).toBe(4);
    expect(report.rows.map((row) => row.name)).toEqual(["Aura", "Kemiönsaari", "Koski Tl", "Parainen"]);
    const [aura, kemio, koski, parainen] = report.rows;
    // Aura: t1 (3 + 0) / 6 = 50, t2 2 / 3; overall their mean.
    expect(aura?.themes.map((theme) => theme.score)).toEqual([50, (2 / 3) * 100]);
    expect(aura?.overall.score).toBeCloseTo((50 + 200 / 3) / 2, 10);
    // Kemiönsaari: nothing in t2 applies, so the overall is t1's alone.
    expect(kemio?.overall.score).toBe(50);
    // Koski Tl: "don't know" is no answer, never a zero: t2 has no score and so the overall has none.
    expect(koski?.themes[1]?.score).toBeNull();
    expect(koski?.overall.score).toBeNull();
    expect(parainen?.themes[0]?.score).toBeCloseTo(100 / 3, 10);
  });

  it("gives the theme distributions with the median and quartiles only over three or more scores", () => {
    const [t1, t2] = report.themes;
    // t1 scores 33.3, 50, 50, 50: QUARTILE.INC gives Q1 = 33.3 + 0.75 × 16.7 = 45.8, median 50.
    expect(t1?.title).toBe("t1");
    expect(t1?.distribution.n).toBe(4);
    expect(t1?.distribution.quartiles?.median).toBe(50);
    expect(t1?.distribution.quartiles?.q1).toBeCloseTo(100 / 3 + 0.75 * (50 - 100 / 3), 10);
    // t2 has two scores (Aura, Parainen): counted, but no median is shown.
    expect(t2?.distribution.n).toBe(2);
    expect(t2?.distribution.unscored).toBe(2);
    expect(t2?.distribution.quartiles).toBeNull();
    // Overall scores 58.3, 50, 66.7 (Koski Tl has none): the median is Aura's 58.3.
    expect(report.overall?.n).toBe(3);
    expect(report.overall?.median).toBeCloseTo((50 + 200 / 3) / 2, 10);
  });

  it("names the weakest items, lowest median first, with who has them in place", () => {
    // x2: levels 0, 1, 0 → median 0; x1: 1, 2, 3, 3 → median 2.5; y1 has only two levels, so no median.
    expect(report.weakest.map((item) => [item.number, item.distribution.quartiles?.median])).toEqual([
      ["1.2", 0],
      ["1.1", 2.5],
    ]);
    const [x2, x1] = report.weakest;
    expect(x2?.full).toEqual([]);
    expect(x2?.mostly).toEqual([]);
    const names = (list: readonly { name: string }[] | undefined) => list?.map((entry) => entry.name);
    expect(names(x1?.full)).toEqual(["Aura", "Kemiönsaari"]);
    expect(x1?.mostly).toEqual([{ name: "Koski Tl", year: 2026, role: "municipality" }]);
  });

  it("uses the Swedish names in Swedish and sorts by them", () => {
    const sv = buildRegionalReport(input({ language: "sv" }));
    expect(sv?.rows.map((row) => row.name)).toEqual(["Aura", "Kimitoön", "Koski Tl", "Pargas"]);
    expect(sv?.weakest[1]?.full.map((entry) => entry.name)).toEqual(["Aura", "Kimitoön"]);
  });

  it("shows no regional figure for fewer than three members", () => {
    const two = buildRegionalReport(input({ members: members.slice(0, 2) }));
    expect(two?.isShown).toBe(false);
    expect(two?.weakest).toEqual([]);
    expect(two?.overall).toBeNull();
    expect(two?.themes.every((theme) => theme.distribution.quartiles === null)).toBe(true);
    expect(two?.rows).toHaveLength(2);
  });

  it("is null when no member's checklist is shipped", () => {
    expect(buildRegionalReport(input({ checklists: [] }))).toBeNull();
  });
});
