import { describe, expect, it } from "vitest";
import { type AnswerSpec, buildAssessment, type MemberSpec } from "../../tests/fixtures/build-assessment";
import { buildChecklist, PIENI_KUNTA, type ThemeSpec } from "../../tests/fixtures/build-checklist";
import type { Assessment } from "./assessment";
import { historyOf, isSameSeries, previousYear, shownScoreChange, trendOf, yearChange } from "./history";
import type { ScoreSummary } from "./scoring";

// 1.0.0: cooperation a1–a4 (weights 3, 1, 2, 1), support b1–b2 (2, 2), premises c1–c2 (1, 3).
const v1 = buildChecklist(PIENI_KUNTA, "testi", "1.0.0");
// 1.1.0 drops a4 and adds a5 (weight 1).
const V11_THEMES: ThemeSpec[] = PIENI_KUNTA.map((theme) =>
  theme.id === "yhteistyo"
    ? { ...theme, items: [...theme.items.filter((item) => item.id !== "a4"), { id: "a5", weight: 1 }] }
    : theme,
);
const v11 = buildChecklist(V11_THEMES, "testi", "1.1.0");
const checklists = [v1, v11];

function assessment(
  spec: MemberSpec,
  answers: Readonly<Record<string, AnswerSpec>>,
  updatedAt = "2026-11-23T10:00:00.000Z",
): Assessment {
  return { ...buildAssessment(spec, answers), updatedAt };
}

const KOSKI = { municipality: "Koski Tl", code: "284" } as const;
const y2025 = assessment(
  { ...KOSKI, year: 2025, id: "koski-2025-new" },
  { a1: 1, a2: 1, a3: "-", a4: 0, b1: 2, b2: "?", c1: 0, c2: 1 },
  "2025-11-02T10:00:00.000Z",
);
const y2026 = assessment(
  { ...KOSKI, year: 2026, version: "1.1.0", id: "koski-2026-open" },
  { a1: 3, a2: 0, a3: 2, a5: 2, b1: 2, b2: 3, c2: 2 },
);

describe("isSameSeries", () => {
  const meta = (spec: MemberSpec) => buildAssessment(spec, {}).meta;
  it("matches by official code when both have one, whatever the name", () => {
    expect(isSameSeries(meta(KOSKI), meta({ municipality: "Koski", code: "284" }))).toBe(true);
    expect(isSameSeries(meta(KOSKI), meta({ municipality: "Koski Tl", code: "285" }))).toBe(false);
  });
  it("otherwise matches by the name, ignoring case and spacing", () => {
    expect(isSameSeries(meta(KOSKI), meta({ municipality: "  KOSKI   tl " }))).toBe(true);
    expect(isSameSeries(meta({ municipality: "Kimitoön" }), meta({ municipality: "Kemiönsaari" }))).toBe(
      false,
    );
  });
  it("never matches another role, or two nameless drafts", () => {
    expect(isSameSeries(meta(KOSKI), meta({ ...KOSKI, role: "association" }))).toBe(false);
    expect(isSameSeries(meta({ municipality: " " }), meta({ municipality: "" }))).toBe(false);
  });
});

describe("historyOf", () => {
  const stored = [
    // The database's older copy of the open one.
    assessment({ ...KOSKI, year: 2026, id: "koski-2026-open" }, { a1: 0 }, "2026-01-01T00:00:00.000Z"),
    // Another 2026 one, changed later: the open one still stands for 2026.
    assessment({ ...KOSKI, year: 2026, id: "koski-2026-other" }, {}, "2026-12-01T00:00:00.000Z"),
    assessment({ ...KOSKI, year: 2025, id: "koski-2025-old" }, { a1: 3 }, "2025-10-01T10:00:00.000Z"),
    y2025,
    assessment({ ...KOSKI, year: 2025, role: "association", id: "koski-2025-assoc" }, {}),
    assessment({ municipality: "koski  TL", year: 2024, id: "koski-2024-noco" }, { a1: 2 }),
    assessment({ municipality: "Koski Tl", code: "285", year: 2023, id: "other-2023-code" }, {}),
    assessment({ ...KOSKI, year: 2022, version: "9.0.0", id: "koski-2022-v9" }, {}),
  ];
  const history = historyOf(y2026, stored, checklists);

  it("takes one per year, oldest first: the open one for its year, else the latest updated", () => {
    expect(history.years.map(({ year, assessment }) => [year, assessment.id])).toEqual([
      [2024, "koski-2024-noco"],
      [2025, "koski-2025-new"],
      [2026, "koski-2026-open"],
    ]);
    expect(history.years[2]?.assessment).toBe(y2026);
  });

  it("scores each year on its own checklist version", () => {
    expect(history.years.map(({ checklist }) => checklist.version)).toEqual(["1.0.0", "1.0.0", "1.1.0"]);
  });

  it("sets aside a year whose checklist version is not shipped", () => {
    expect(history.withoutChecklist.map(({ id }) => id)).toEqual(["koski-2022-v9"]);
  });

  it("finds the year before a given one", () => {
    expect(previousYear(history.years, 2026)?.year).toBe(2025);
    expect(previousYear(history.years, 2024)).toBeUndefined();
  });
});

describe("trendOf", () => {
  const { years } = historyOf(y2026, [y2025], checklists);
  const trend = trendOf(years);

  it("gives the overall score by year, as scoring.ts computes it", () => {
    expect(trend.years).toEqual([2025, 2026]);
    // 2025: themes 26.67 (a1 ⅓·3 + a2 ⅓·1 + a4 0·1 over 5; a3 N/A), 66.67 (b1 only), 25 (c1 0·1 + c2 ⅓·3 over 4).
    expect(trend.overall[0]?.score).toBeCloseTo((80 / 3 + 200 / 3 + 25) / 3, 10); // 39.44
    // 6 answered of 7 applicable (a3 N/A; b2 don't know).
    expect(trend.overall[0]?.coverage).toBeCloseTo(6 / 7, 10);
    // 2026: 71.43 (3·1 + 1·0 + 2·⅔ + 1·⅔ over 7), 83.33 (2·⅔ + 2·1 over 4), 66.67 (c2 only; c1 missing).
    expect(trend.overall[1]?.score).toBeCloseTo((500 / 7 + 250 / 3 + 200 / 3) / 3, 10); // 73.81
  });

  it("gives the change in whole points as the scores are shown", () => {
    // 39.44 is shown as 39 and 73.81 as 74: +35, not the unrounded 34.37.
    expect(shownScoreChange(trend.overall[0] ?? null, trend.overall[1] ?? null)).toBe(35);
    expect(shownScoreChange(trend.overall[1] ?? null, trend.overall[0] ?? null)).toBe(-35);
    const noScore = { ...trend.overall[0], score: null } as ScoreSummary;
    expect(shownScoreChange(noScore, trend.overall[1] ?? null)).toBeNull();
  });

  it("gives each theme's score by year", () => {
    expect(trend.themes.map(({ theme }) => theme.id)).toEqual(["yhteistyo", "tuki", "tilat"]);
    const scores = trend.themes.map(({ scores }) => scores.map((score) => score?.score));
    expect(scores[0]?.[0]).toBeCloseTo(80 / 3, 10);
    expect(scores[0]?.[1]).toBeCloseTo(500 / 7, 10);
    expect(scores[1]?.[0]).toBeCloseTo(200 / 3, 10);
    expect(scores[1]?.[1]).toBeCloseTo(250 / 3, 10);
    expect(scores[2]?.[0]).toBeCloseTo(25, 10);
    expect(scores[2]?.[1]).toBeCloseTo(200 / 3, 10);
  });

  it("leaves a gap, not a zero, for a year whose checklist lacks a theme", () => {
    const extra = buildChecklist(
      [...PIENI_KUNTA, { id: "uusi", items: [{ id: "d1", weight: 1 }] }],
      "testi",
      "2.0.0",
    );
    const newer = assessment({ ...KOSKI, year: 2027, version: "2.0.0", id: "koski-2027-v2" }, { d1: 3 });
    const withNew = trendOf(historyOf(newer, [y2025], [v1, extra]).years);
    const uusi = withNew.themes.find(({ theme }) => theme.id === "uusi");
    expect(uusi?.scores.map((score) => score?.score ?? null)).toEqual([null, 100]);
  });
});

describe("yearChange", () => {
  const [from, to] = historyOf(y2026, [y2025], checklists).years;
  if (!from || !to) throw new Error("two years expected");
  const change = yearChange(from, to);

  it("compares only the items both versions have, and names the ones left out", () => {
    expect(change.items.map(({ itemId }) => itemId)).toEqual(["a1", "a2", "a3", "b1", "b2", "c1", "c2"]);
    expect(change.leftOutItemIds).toEqual(["a5", "a4"]);
  });

  it("says what rose and fell, by how many levels", () => {
    expect(change.items.map(({ itemId, change, delta }) => [itemId, change, delta])).toEqual([
      ["a1", "rose", 2],
      ["a2", "fell", -1],
      // Not applicable in 2025: a choice, not a rise from zero.
      ["a3", "notApplicable", null],
      ["b1", "same", 0],
      // Don't know in 2025, missing in 2026: unknown, never a drop to zero.
      ["b2", "unknown", null],
      ["c1", "unknown", null],
      ["c2", "rose", 1],
    ]);
    expect(change.counts).toEqual({ rose: 2, fell: 1, same: 1, unknown: 2, notApplicable: 1 });
  });

  it("keeps both years' answers", () => {
    const c1 = change.items.find(({ itemId }) => itemId === "c1");
    expect(c1?.from).toEqual({ kind: "level", level: 0 });
    expect(c1?.to).toEqual({ kind: "unanswered" });
    expect([change.fromYear, change.toYear]).toEqual([2025, 2026]);
  });
});

describe("yearChange to a year answered with an adapted checklist", () => {
  it("compares the shared items and names the hidden ones with their reason and the local one", async () => {
    const { regional } = await import("../../tests/fixtures/adapted-checklist");
    const { PIENI_KUNTA_1_0 } = await import("../../tests/fixtures/checklist-versions");
    const { createAssessment } = await import("./assessment");
    const { checklistRef } = await import("./checklist-lookup");
    const { scoreAssessment } = await import("./scoring");
    const adapted = regional();
    const year = (checklist: typeof adapted, value: number, answers: Assessment["answers"]) => {
      const assessment = {
        ...createAssessment(checklistRef(checklist), new Date(`${value}-03-01T10:00:00Z`)),
        answers,
      };
      return { year: value, assessment, checklist, score: scoreAssessment(checklist, answers) };
    };
    const from = year(PIENI_KUNTA_1_0, 2025, {
      a1: { kind: "level", level: 1 },
      a2: { kind: "level", level: 2 },
    });
    const to = year(adapted, 2026, { a1: { kind: "level", level: 3 }, l1: { kind: "level", level: 2 } });
    const change = yearChange(from, to);
    expect(change.items.find((item) => item.itemId === "a1")).toMatchObject({ change: "rose", delta: 2 });
    expect(change.leftOutItemIds).toEqual(["a2", "c1", "l1"]);
    expect(change.hidden.map(({ itemId, why }) => [itemId, why.fi])).toEqual([
      ["a2", "Ei seudulla"],
      ["c1", "Ei omia tiloja"],
    ]);
  });
});
