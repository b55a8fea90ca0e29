import { describe, expect, it } from "vitest";
import { buildAssessment } from "../../tests/fixtures/build-assessment";
import { buildChecklist, type ThemeSpec } from "../../tests/fixtures/build-checklist";
import { FLAGGED_GAP, perceptionGaps } from "./perception-gap";

// t1: i1 (weight 1), i2 (1), i3 (2); t2: i4 (1), i5 (1)
const THEMES: ThemeSpec[] = [
  {
    id: "t1",
    items: [
      { id: "i1", weight: 1 },
      { id: "i2", weight: 1 },
      { id: "i3", weight: 2 },
    ],
  },
  {
    id: "t2",
    items: [
      { id: "i4", weight: 1 },
      { id: "i5", weight: 1 },
    ],
  },
];
const checklist = buildChecklist(THEMES);
const KOSKI = { municipality: "Koski Tl", code: "284" };

const own = buildAssessment(KOSKI, { i1: 3, i2: 1, i3: "?", i4: 1, i5: 0 });
const associations = [
  buildAssessment(
    { ...KOSKI, role: "association", id: "yhdistys-1" },
    { i1: 1, i2: 1, i3: 2, i4: 2, i5: "?" },
  ),
  // i5 left unanswered
  buildAssessment({ ...KOSKI, role: "association", id: "yhdistys-2" }, { i1: 1, i2: 2, i3: 3, i4: "-" }),
  buildAssessment(
    { ...KOSKI, role: "association", id: "yhdistys-3" },
    { i1: 2, i2: 3, i3: 1, i4: 2, i5: "?" },
  ),
];

const gaps = perceptionGaps(own, associations, [checklist]);

describe("perceptionGaps, items", () => {
  it("sorts by the size of the gap, equal gaps and no gaps in checklist order", () => {
    // i1: −2, i2: +1, i4: +1, then i3 (own don't know) and i5 (no association level) without a gap
    expect(gaps?.items.map((item) => [item.itemId, item.gap, item.isFlagged])).toEqual([
      ["i1", -2, true],
      ["i2", 1, false],
      ["i4", 1, false],
      ["i3", null, false],
      ["i5", null, false],
    ]);
    expect(FLAGGED_GAP).toBe(2);
  });

  it("summarises the associations' levels as median and spread, with their other answers counted", () => {
    const byId = new Map(gaps?.items.map((item) => [item.itemId, item]));
    // i1: 1, 1, 2 → median 1 against own 3
    expect(byId.get("i1")).toEqual({
      itemId: "i1",
      themeId: "t1",
      own: { kind: "level", level: 3 },
      others: { n: 3, median: 1, min: 1, max: 2, dontKnow: 0, notApplicable: 0, unanswered: 0 },
      gap: -2,
      isFlagged: true,
    });
    // i3: own "don't know" has no level, so no gap, however clear the associations are (2, 3, 1 → 2)
    expect(byId.get("i3")).toMatchObject({
      own: { kind: "dontKnow" },
      others: { n: 3, median: 2 },
      gap: null,
    });
    // i4: one association chose not applicable: n = 2 and the median of 2, 2 is 2, not (2 + 2 + 0) / 3
    expect(byId.get("i4")?.others).toEqual({
      n: 2,
      median: 2,
      min: 2,
      max: 2,
      dontKnow: 0,
      notApplicable: 1,
      unanswered: 0,
    });
    // i5: two don't knows and one missing answer are no level at all, never a zero
    expect(byId.get("i5")).toMatchObject({
      own: { kind: "level", level: 0 },
      others: { n: 0, median: null, min: null, max: null, dontKnow: 2, notApplicable: 0, unanswered: 1 },
      gap: null,
      isFlagged: false,
    });
  });

  it("takes the median between two middle levels", () => {
    const two = perceptionGaps(own, associations.slice(0, 2), [checklist]);
    // i2: 1, 2 → 1.5 against own 1
    expect(two?.items.find((item) => item.itemId === "i2")).toMatchObject({
      others: { n: 2, median: 1.5, min: 1, max: 2 },
      gap: 0.5,
    });
  });

  it("flags a gap of two upwards as well", () => {
    const low = buildAssessment(KOSKI, { i1: 0 });
    const result = perceptionGaps(low, associations, [checklist]);
    // i1: median 1 − 0 = 1; i2 and i3 are unanswered by the municipality
    expect(result?.items[0]).toMatchObject({ itemId: "i1", gap: 1, isFlagged: false });
    const lower = perceptionGaps(buildAssessment(KOSKI, { i3: 0 }), associations, [checklist]);
    expect(lower?.items[0]).toMatchObject({
      itemId: "i3",
      own: { kind: "level", level: 0 },
      gap: 2,
      isFlagged: true,
    });
  });
});

describe("perceptionGaps, themes", () => {
  it("puts the municipality's theme score beside the quartiles of the associations'", () => {
    // own t1: (3/3 + 1/3) / 2 = 66.67 (i3 don't know); t2: (1/3 + 0) / 2 = 16.67
    // associations t1: (1/3 + 1/3 + 2 × 2/3) / 4 = 50; (1/3 + 2/3 + 2 × 1) / 4 = 75; (2/3 + 1 + 2 × 1/3) / 4 = 58.33
    //   → 50, 58.33, 75: q1 = 50 + 0.5 × 8.33 = 54.17, median 58.33, q3 = 58.33 + 0.5 × 16.67 = 66.67
    // associations t2: 66.67, none (not applicable and missing), 66.67: n = 2, never a zero
    const [t1, t2] = gaps?.themes ?? [];
    expect(t1?.themeId).toBe("t1");
    expect(t1?.own).toBeCloseTo(66.667, 3);
    expect(t1?.others?.n).toBe(3);
    expect(t1?.others?.q1).toBeCloseTo(54.167, 3);
    expect(t1?.others?.median).toBeCloseTo(58.333, 3);
    expect(t1?.others?.q3).toBeCloseTo(66.667, 3);
    expect(t1?.gap).toBeCloseTo(-8.333, 3);
    expect(t2?.own).toBeCloseTo(16.667, 3);
    expect(t2?.others).toMatchObject({
      n: 2,
      min: expect.closeTo(66.667, 3),
      max: expect.closeTo(66.667, 3),
    });
    expect(t2?.gap).toBeCloseTo(50, 3);
  });

  it("counts the respondents", () => {
    expect(gaps?.respondents).toBe(3);
  });
});

describe("perceptionGaps, edges", () => {
  it("aligns different checklist versions on the items they share", () => {
    const newer = buildChecklist(
      [
        THEMES[0] as ThemeSpec,
        {
          id: "t2",
          items: [
            { id: "i4", weight: 1 },
            { id: "i5", weight: 1 },
            { id: "i6", weight: 1 },
          ],
        },
      ],
      "testi",
      "1.1.0",
    );
    const ownNewer = buildAssessment(
      { ...KOSKI, version: "1.1.0" },
      { i1: 3, i2: 1, i3: "?", i4: 1, i5: 0, i6: 3 },
    );
    const result = perceptionGaps(ownNewer, associations, [checklist, newer]);
    expect(result?.alignment.versions).toEqual(["1.1.0", "1.0.0"]);
    expect(result?.alignment.notComparable).toEqual([{ itemId: "i6", versions: ["1.0.0"] }]);
    expect(result?.items.map((item) => item.itemId)).toEqual(["i1", "i2", "i4", "i3", "i5"]);
    // i6 = 3 is left out of the municipality's t2 score: still (1/3 + 0) / 2
    expect(result?.themes[1]?.own).toBeCloseTo(16.667, 3);
  });

  it("has no gaps without respondents, and nothing without a shipped checklist", () => {
    const alone = perceptionGaps(own, [], [checklist]);
    expect(alone?.respondents).toBe(0);
    expect(alone?.items.every((item) => item.gap === null && item.others.n === 0)).toBe(true);
    expect(alone?.themes.map((theme) => [theme.others, theme.gap])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(perceptionGaps(own, associations, [])).toBeNull();
  });
});
