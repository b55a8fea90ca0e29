import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import type { Answer } from "./assessment";
import { bandFor, rankItems, scoreAssessment, scoreItem } from "./scoring";

// Cooperation a1–a4 (weights 3, 1, 2, 1), support b1–b2 (2, 2), premises c1–c2 (1, 3).
const checklist = buildChecklist(PIENI_KUNTA);

const level = (value: 0 | 1 | 2 | 3): Answer => ({ kind: "level", level: value });
const dontKnow: Answer = { kind: "dontKnow" };
const notApplicable: Answer = { kind: "notApplicable", reason: "Kunnassa ei ole tätä toimintaa." };

function theme(answers: Record<string, Answer>, themeId: string) {
  const found = scoreAssessment(checklist, answers).themes.find((t) => t.themeId === themeId);
  if (found === undefined) throw new Error(`no theme ${themeId}`);
  return found;
}

describe("scoreItem", () => {
  const item = { id: "a1", weight: 3 };

  it("scores a level as level / 3", () => {
    expect(scoreItem(item, "yhteistyo", level(2))).toEqual({
      itemId: "a1",
      themeId: "yhteistyo",
      weight: 3,
      status: "scored",
      score: 2 / 3,
    });
    expect(scoreItem(item, "yhteistyo", level(0)).score).toBe(0);
    expect(scoreItem(item, "yhteistyo", level(3)).score).toBe(1);
  });

  it("treats don't know like a missing answer", () => {
    expect(scoreItem(item, "yhteistyo", dontKnow)).toMatchObject({ status: "unanswered", score: null });
    expect(scoreItem(item, "yhteistyo", undefined)).toMatchObject({ status: "unanswered", score: null });
  });

  it("marks not applicable without a score", () => {
    expect(scoreItem(item, "yhteistyo", notApplicable)).toMatchObject({
      status: "notApplicable",
      score: null,
    });
  });
});

describe("scoreAssessment: themes", () => {
  it("weights item scores and leaves N/A and don't know out", () => {
    // a1 = 3 (w3) → 1, a2 = 1 (w1) → 1/3, a3 N/A (w2) left out, a4 don't know (w1) left out.
    // score = 100 × (3 × 1 + 1 × 1/3) / (3 + 1) = 100 × (10/3) / 4 = 83.33…
    // applicable = 4 − 1 = 3, scored = 2, coverage = 2/3.
    const result = theme({ a1: level(3), a2: level(1), a3: notApplicable, a4: dontKnow }, "yhteistyo");
    expect(result.score).toBeCloseTo(83.3333, 4);
    expect(result).toMatchObject({
      coverage: 2 / 3,
      scored: 2,
      applicable: 3,
      total: 4,
      isProvisional: false,
      band: "leading",
    });
    expect(result.items.map((item) => item.status)).toEqual([
      "scored",
      "scored",
      "notApplicable",
      "unanswered",
    ]);
  });

  it("has no score when nothing is answered", () => {
    // b1 don't know, b2 missing: scored 0 of applicable 2.
    expect(theme({ b1: dontKnow }, "tuki")).toMatchObject({
      score: null,
      coverage: 0,
      scored: 0,
      applicable: 2,
      isProvisional: false,
      band: null,
    });
  });

  it("has no score but full coverage when every item is not applicable", () => {
    // applicable = 0, so nothing is missing: coverage is 1 by definition.
    expect(theme({ c1: notApplicable, c2: notApplicable }, "tilat")).toMatchObject({
      score: null,
      coverage: 1,
      scored: 0,
      applicable: 0,
      total: 2,
      band: null,
    });
  });

  it("is provisional below half coverage, not at exactly half", () => {
    // a1 = 2 only: 1 of 4 scored, coverage 0.25 < 0.5; score = 100 × 3 × 2/3 / 3 = 66.67.
    const quarter = theme({ a1: level(2) }, "yhteistyo");
    expect(quarter.coverage).toBe(0.25);
    expect(quarter.score).toBeCloseTo(66.6667, 4);
    expect(quarter.isProvisional).toBe(true);
    // b1 = 1 only: 1 of 2 scored, coverage 0.5 is enough.
    expect(theme({ b1: level(1) }, "tuki")).toMatchObject({ coverage: 0.5, isProvisional: false });
  });

  it("ignores answers to items the checklist does not have", () => {
    const result = scoreAssessment(checklist, { a1: level(3), zz: level(0) });
    expect(result).toEqual(scoreAssessment(checklist, { a1: level(3) }));
  });

  it("does not read inherited properties as answers", () => {
    // "constructor" is a valid item id and also a member of every object's prototype.
    const odd = buildChecklist([{ id: "t", items: [{ id: "constructor", weight: 1 }] }]);
    expect(scoreAssessment(odd, {}).themes[0]?.items[0]?.status).toBe("unanswered");
  });
});

describe("scoreAssessment: overall", () => {
  it("averages the theme scores, unweighted by theme size", () => {
    // yhteistyo: a1 = 3, a2 = 1, a3 N/A, a4 don't know → 83.33 (as above)
    // tuki: 100 × (2 × 2/3 + 2 × 0) / 4 = 33.33
    // tilat: 100 × (1 × 2/3 + 3 × 1/3) / 4 = 100 × (5/3) / 4 = 41.67
    // overall = (83.33 + 33.33 + 41.67) / 3 = 52.78; scored 2 + 2 + 2 = 6 of applicable 3 + 2 + 2 = 7.
    const { overall, themes } = scoreAssessment(checklist, {
      a1: level(3),
      a2: level(1),
      a3: notApplicable,
      a4: dontKnow,
      b1: level(2),
      b2: level(0),
      c1: level(2),
      c2: level(1),
    });
    expect(themes.map((t) => t.score)).toEqual([
      expect.closeTo(83.3333, 4),
      expect.closeTo(33.3333, 4),
      expect.closeTo(41.6667, 4),
    ]);
    expect(overall.score).toBeCloseTo(52.7778, 4);
    expect(overall).toMatchObject({
      coverage: 6 / 7,
      scored: 6,
      applicable: 7,
      total: 8,
      isProvisional: false,
      band: "established",
    });
  });

  it("has no score while any theme has none, instead of averaging the rest", () => {
    // tilat is unanswered; scored 1 + 2 = 3 of applicable 4 + 2 + 2 = 8.
    const { overall } = scoreAssessment(checklist, { a1: level(3), b1: level(3), b2: level(3) });
    expect(overall).toEqual({
      score: null,
      coverage: 3 / 8,
      scored: 3,
      applicable: 8,
      total: 8,
      isProvisional: false,
      band: null,
    });
  });

  it("is provisional when any theme is, even with enough answers overall", () => {
    // yhteistyo: a1 = 2 only → 66.67, coverage 1/4: provisional.
    // tuki: 100; tilat: c1 = 0, c2 N/A → 0. overall = (66.67 + 100 + 0) / 3 = 55.56.
    // scored 1 + 2 + 1 = 4 of applicable 4 + 2 + 1 = 7: coverage 4/7 ≥ 0.5.
    const { overall } = scoreAssessment(checklist, {
      a1: level(2),
      b1: level(3),
      b2: level(3),
      c1: level(0),
      c2: notApplicable,
    });
    expect(overall.score).toBeCloseTo(55.5556, 4);
    expect(overall).toMatchObject({ coverage: 4 / 7, isProvisional: true, band: "established" });
  });

  it("pools coverage over the themes' items instead of averaging the themes' coverages", () => {
    // yhteistyo 1 of 4 scored (25 %), tuki 2 of 2, tilat 2 of 2: pooled 5 / 8 = 62.5 %,
    // where the mean of the coverages would be (25 + 100 + 100) / 3 = 75 %.
    const { overall } = scoreAssessment(checklist, {
      a1: level(3),
      b1: level(3),
      b2: level(3),
      c1: level(3),
      c2: level(3),
    });
    expect(overall.coverage).toBe(5 / 8);
    // 100 everywhere, but yhteistyo is provisional (25 % < 50 %), so the overall is too.
    expect(overall).toMatchObject({ score: 100, isProvisional: true, band: "leading" });
  });

  it("bands the rounded score: an overall 74.60 is shown as 75 and is leading", () => {
    // yhteistyo: a1 = 1, a2 = 0, a3 = 1, a4 = 0 → 100 × (3 × 1/3 + 0 + 2 × 1/3 + 0) / 7 = 100 × 5 / 21 = 23.81
    // tuki 100, tilat 100 → overall (23.81 + 100 + 100) / 3 = 74.60, shown as 75.
    const { overall } = scoreAssessment(checklist, {
      a1: level(1),
      a2: level(0),
      a3: level(1),
      a4: level(0),
      b1: level(3),
      b2: level(3),
      c1: level(3),
      c2: level(3),
    });
    expect(overall.score).toBeCloseTo(74.6032, 4);
    expect(overall.band).toBe("leading");
  });
});

describe("scoreAssessment: a theme where nothing applies", () => {
  // tilat: c1 and c2 both not applicable, for reasons given.
  const allOfTilatNotApplicable = { c1: notApplicable, c2: notApplicable };

  it("is left out, and the overall score is the mean of the other themes", () => {
    // yhteistyo: a1 = 3, a2 = 1, a3 N/A, a4 don't know → 100 × (3 + 1/3) / 4 = 83.33
    // tuki: b1 = 2, b2 = 0 → 33.33
    // overall = (83.33 + 33.33) / 2 = 58.33, not (83.33 + 33.33 + 0) / 3 and not "not yet".
    // scored 2 + 2 + 0 = 4 of applicable 3 + 2 + 0 = 5; total 8.
    const result = scoreAssessment(checklist, {
      a1: level(3),
      a2: level(1),
      a3: notApplicable,
      a4: dontKnow,
      b1: level(2),
      b2: level(0),
      ...allOfTilatNotApplicable,
    });
    expect(result.leftOutThemeIds).toEqual(["tilat"]);
    expect(result.themes[2]).toMatchObject({ score: null, applicable: 0, coverage: 1, band: null });
    expect(result.overall.score).toBeCloseTo(58.3333, 4);
    expect(result.overall).toMatchObject({
      coverage: 4 / 5,
      scored: 4,
      applicable: 5,
      total: 8,
      isProvisional: false,
      band: "established",
    });
  });

  it("still needs an answer in every other theme", () => {
    // tuki is unanswered: no overall score, so skipping a weak theme cannot raise it.
    const result = scoreAssessment(checklist, { a1: level(3), ...allOfTilatNotApplicable });
    expect(result.leftOutThemeIds).toEqual(["tilat"]);
    expect(result.overall.score).toBeNull();
  });

  it("leaves nothing to score when every theme is wholly not applicable", () => {
    const everything = Object.fromEntries(
      checklist.themes.flatMap((t) => t.items.map((item) => [item.id, notApplicable])),
    );
    const result = scoreAssessment(checklist, everything);
    expect(result.leftOutThemeIds).toEqual(["yhteistyo", "tuki", "tilat"]);
    expect(result.overall).toMatchObject({ score: null, coverage: 1, applicable: 0, band: null });
  });

  it("is not left out while one of its items is merely unanswered", () => {
    const result = scoreAssessment(checklist, { a1: level(3), b1: level(3), c1: notApplicable });
    expect(result.leftOutThemeIds).toEqual([]);
    expect(result.overall.score).toBeNull();
  });
});

describe("bandFor", () => {
  it.each([
    [0, "beginning"],
    [24.49, "beginning"],
    [24.5, "developing"],
    [25, "developing"],
    [49.49, "developing"],
    [49.5, "established"],
    [74.49, "established"],
    [74.5, "leading"],
    [75, "leading"],
    [100, "leading"],
  ] as const)("puts %d in %s", (score, band) => {
    expect(bandFor(score)).toBe(band);
  });
});

describe("rankItems", () => {
  // Item scores: a1 1 (w3), a2 1/3 (w1), a3 1 (w2), a4 0 (w1), b1 1/3 (w2), b2 1 (w2), c1 0 (w1), c2 N/A.
  const score = scoreAssessment(checklist, {
    a1: level(3),
    a2: level(1),
    a3: level(3),
    a4: level(0),
    b1: level(1),
    b2: level(3),
    c1: level(0),
    c2: notApplicable,
  });
  const ids = (items: readonly { itemId: string }[]) => items.map((item) => item.itemId);

  it("orders the strongest by score, then weight, then checklist order", () => {
    // 1: a1 (w3), then a3 and b2 (both w2, checklist order); 1/3: b1 (w2), then a2 (w1). Zeros are not strengths.
    expect(ids(rankItems(score).strongest)).toEqual(["a1", "a3", "b2", "b1", "a2"]);
  });

  it("orders the weakest by score, then weight, then checklist order", () => {
    // 0: a4 and c1 (both w1, checklist order); 1/3: b1 (w2), then a2 (w1). Full marks are not weaknesses.
    expect(ids(rankItems(score).weakest)).toEqual(["a4", "c1", "b1", "a2"]);
  });

  it("returns at most count items of each", () => {
    expect(ids(rankItems(score, 2).strongest)).toEqual(["a1", "a3"]);
    expect(ids(rankItems(score, 2).weakest)).toEqual(["a4", "c1"]);
  });

  it("ranks nothing when nothing is answered", () => {
    expect(rankItems(scoreAssessment(checklist, {}))).toEqual({ strongest: [], weakest: [] });
  });
});
