import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import type { Answer } from "./assessment";
import { compareAssessments, type ItemDifference, isDifference } from "./compare";

// cooperation a1–a4 (weights 3, 1, 2, 1), support b1–b2 (2, 2), premises c1–c2 (1, 3)
const checklist = buildChecklist(PIENI_KUNTA, "pieni-kunta", "1.0.0");
const NA = { kind: "notApplicable", reason: "Ei koske kuntaa." } as const;

const own: Record<string, Answer> = {
  a1: { kind: "level", level: 3 },
  a2: { kind: "level", level: 1 },
  a3: NA,
  a4: { kind: "dontKnow" },
  b1: { kind: "level", level: 2 },
  b2: { kind: "level", level: 0 },
  c1: { kind: "level", level: 2 },
  c2: NA,
};

const other: Record<string, Answer> = {
  a1: { kind: "level", level: 3 },
  a2: { kind: "level", level: 3 },
  a3: NA,
  a4: { kind: "level", level: 2 },
  b1: { kind: "level", level: 1 },
  b2: NA,
  // c1 unanswered
  c2: { kind: "level", level: 0 },
};

const comparison = compareAssessments(checklist, own, other);

describe("compareAssessments", () => {
  it("names each item's difference, in checklist order", () => {
    expect(comparison.items.map((item) => [item.itemId, item.themeId, item.difference])).toEqual([
      ["a1", "yhteistyo", "same"],
      ["a2", "yhteistyo", "theyHaveYouLack"],
      // Both chose N/A: still their choice, and counted against neither side.
      ["a3", "yhteistyo", "theyChoseNotApplicable"],
      ["a4", "yhteistyo", "notComparable"], // own "don't know"
      ["b1", "tuki", "youAreAhead"],
      ["b2", "tuki", "theyChoseNotApplicable"], // even though own is scored 0
      ["c1", "tilat", "notComparable"], // other unanswered
      ["c2", "tilat", "youChoseNotApplicable"],
    ] satisfies [string, string, ItemDifference][]);
  });

  it("gives the gap on the 0–1 scale only when both sides are scored", () => {
    const gaps = comparison.items.map((item) => item.gap);
    expect(gaps[0]).toBe(0); // 3 vs 3
    expect(gaps[1]).toBeCloseTo(2 / 3); // 1 vs 3
    expect(gaps[4]).toBeCloseTo(-1 / 3); // 2 vs 1
    expect([gaps[2], gaps[3], gaps[5], gaps[6], gaps[7]]).toEqual([null, null, null, null, null]);
  });

  it("keeps both sides' item scores", () => {
    const a2 = comparison.items[1];
    expect(a2?.own).toEqual({
      itemId: "a2",
      themeId: "yhteistyo",
      weight: 1,
      status: "scored",
      score: 1 / 3,
    });
    expect(a2?.other).toEqual({ itemId: "a2", themeId: "yhteistyo", weight: 1, status: "scored", score: 1 });
  });

  it("puts theme scores side by side", () => {
    const rows = comparison.themes.map((theme) => ({
      themeId: theme.themeId,
      own: [theme.own.score, theme.own.scored, theme.own.applicable],
      other: [theme.other.score, theme.other.scored, theme.other.applicable],
    }));
    // own   yhteistyo: 100 × (3×1 + 1×1/3) / 4 = 83.33; tuki: 100 × (2×2/3 + 0) / 4 = 33.33; tilat: c1 only → 66.67
    // other yhteistyo: 100 × (3×1 + 1×1 + 1×2/3) / 5 = 93.33; tuki: b1 only → 33.33; tilat: c2 = 0 → 0
    expect(rows.map((row) => row.themeId)).toEqual(["yhteistyo", "tuki", "tilat"]);
    const expected = [
      { own: [83.333, 2, 3], other: [93.333, 3, 3] },
      { own: [33.333, 2, 2], other: [33.333, 1, 1] },
      { own: [66.667, 1, 1], other: [0, 1, 2] },
    ];
    rows.forEach((row, t) => {
      const [ownScore, ...ownCounts] = row.own;
      const [otherScore, ...otherCounts] = row.other;
      expect(ownScore).toBeCloseTo(expected[t]?.own[0] ?? Number.NaN, 2);
      expect(otherScore).toBeCloseTo(expected[t]?.other[0] ?? Number.NaN, 2);
      expect(ownCounts).toEqual(expected[t]?.own.slice(1));
      expect(otherCounts).toEqual(expected[t]?.other.slice(1));
    });
  });

  it("scores both sides overall", () => {
    // own: (83.33 + 33.33 + 66.67) / 3 = 61.11; other: (93.33 + 33.33 + 0) / 3 = 42.22; both 5 of 6 applicable
    expect(comparison.own.overall.score).toBeCloseTo(61.111, 2);
    expect(comparison.other.overall.score).toBeCloseTo(42.222, 2);
    expect(comparison.own.overall.coverage).toBeCloseTo(5 / 6);
    expect(comparison.other.overall.coverage).toBeCloseTo(5 / 6);
  });

  it("compares nothing to nothing without failing", () => {
    const empty = compareAssessments(checklist, {}, {});
    expect(new Set(empty.items.map((item) => item.difference))).toEqual(new Set(["notComparable"]));
    expect(empty.themes.map((theme) => [theme.own.score, theme.other.score])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe("isDifference", () => {
  it("is true for a gap or a not-applicable choice, false for same and not comparable", () => {
    expect(comparison.items.filter(isDifference).map((item) => item.itemId)).toEqual([
      "a2",
      "a3",
      "b1",
      "b2",
      "c2",
    ]);
  });
});
