import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAssessment } from "../../tests/fixtures/build-assessment";
import { buildChecklist } from "../../tests/fixtures/build-checklist";
import { createAssessment } from "./assessment";
import { checklistRef } from "./checklist-lookup";
import {
  alignMembers,
  cellFor,
  itemDistributions,
  MIN_GROUP_SIZE,
  memberRows,
  overallQuartiles,
  positionOf,
  quartiles,
  themeDistributions,
  whoHasInPlace,
} from "./regional";

// t1: i1, i2; t2: i3 — every weight 1, so a theme score is the mean of its levels / 3.
const v1 = buildChecklist([
  {
    id: "t1",
    items: [
      { id: "i1", weight: 1 },
      { id: "i2", weight: 1 },
    ],
  },
  { id: "t2", items: [{ id: "i3", weight: 1 }] },
]);
// 1.1.0 drops i2, adds i4 to t1 and a theme t3 with i5 only.
const v11 = buildChecklist(
  [
    {
      id: "t1",
      items: [
        { id: "i1", weight: 1 },
        { id: "i4", weight: 1 },
      ],
    },
    { id: "t2", items: [{ id: "i3", weight: 1 }] },
    { id: "t3", items: [{ id: "i5", weight: 1 }] },
  ],
  "testi",
  "1.1.0",
);

const turku = buildAssessment({ municipality: "Turku", code: "853" }, { i1: 3, i2: 2, i3: 1 });
const ahtari = buildAssessment({ municipality: "Ähtäri", code: "989" }, { i1: 3, i2: "?", i3: 0 });
const kaarina = buildAssessment({ municipality: "Kaarina", code: "202" }, { i1: 2, i2: "-", i3: 3 });
const oulu = buildAssessment({ municipality: "Oulu", code: "564" }, { i1: 0, i3: 2 });
const members = [turku, ahtari, kaarina, oulu];
const alignment = alignMembers(members, [v1]);
if (alignment === null) throw new Error("the members' checklist is shipped");

describe("quartiles", () => {
  it("interpolates like Excel's QUARTILE.INC", () => {
    expect(quartiles([4, 1, 3, 2])).toEqual({ n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(quartiles([1, 2, 3])).toEqual({ n: 3, min: 1, q1: 1.5, median: 2, q3: 2.5, max: 3 });
    // QUARTILE.INC(1..10; 1..3) = 3.25, 5.5, 7.75
    expect(quartiles([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toMatchObject({ q1: 3.25, median: 5.5, q3: 7.75 });
  });

  it("gives a single value for every quartile, null for none, and leaves the input alone", () => {
    expect(quartiles([2])).toEqual({ n: 1, min: 2, q1: 2, median: 2, q3: 2, max: 2 });
    expect(quartiles([])).toBeNull();
    const values = [3, 1, 2];
    quartiles(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("keeps min ≤ q1 ≤ median ≤ q3 ≤ max, the extremes the values', whatever their order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 40 }), (values) => {
        const q = quartiles(values);
        expect(q).not.toBeNull();
        if (q === null) return;
        expect([q.n, q.min, q.max]).toEqual([values.length, Math.min(...values), Math.max(...values)]);
        expect(q.min <= q.q1 && q.q1 <= q.median && q.median <= q.q3 && q.q3 <= q.max).toBe(true);
        expect(quartiles([...values].reverse())).toEqual(q);
      }),
    );
  });
});

describe("cellFor", () => {
  it("keeps don't know, not applicable and unanswered apart", () => {
    expect(["i1", "i2", "i3"].map((id) => cellFor(kaarina, id))).toEqual([
      { kind: "level", level: 2 },
      { kind: "notApplicable" },
      { kind: "level", level: 3 },
    ]);
    expect(cellFor(ahtari, "i2")).toEqual({ kind: "dontKnow" });
    expect(cellFor(oulu, "i2")).toEqual({ kind: "unanswered" });
    // An item id named like an Object.prototype member is still unanswered.
    expect(cellFor(oulu, "constructor")).toEqual({ kind: "unanswered" });
  });
});

describe("itemDistributions", () => {
  it("counts every kind of answer per item, with quartiles of the levels", () => {
    expect(itemDistributions(alignment, members)).toEqual([
      {
        // levels 3, 3, 2, 0 → sorted 0, 2, 3, 3: q1 = 0 + 0.75 × 2, median = 2 + 0.5 × 1, q3 = 3
        itemId: "i1",
        themeId: "t1",
        levels: { 0: 1, 1: 0, 2: 1, 3: 2 },
        dontKnow: 0,
        notApplicable: 0,
        unanswered: 0,
        n: 4,
        quartiles: { n: 4, min: 0, q1: 1.5, median: 2.5, q3: 3, max: 3 },
        isShown: true,
      },
      {
        // One level only: counts are shown, quartiles of one answer are not.
        itemId: "i2",
        themeId: "t1",
        levels: { 0: 0, 1: 0, 2: 1, 3: 0 },
        dontKnow: 1,
        notApplicable: 1,
        unanswered: 1,
        n: 1,
        quartiles: null,
        isShown: true,
      },
      {
        // 1, 0, 3, 2 → 0, 1, 2, 3: 0.75, 1.5, 2.25
        itemId: "i3",
        themeId: "t2",
        levels: { 0: 1, 1: 1, 2: 1, 3: 1 },
        dontKnow: 0,
        notApplicable: 0,
        unanswered: 0,
        n: 4,
        quartiles: { n: 4, min: 0, q1: 0.75, median: 1.5, q3: 2.25, max: 3 },
        isShown: true,
      },
    ]);
  });

  it(`shows nothing regional for fewer than ${MIN_GROUP_SIZE} members`, () => {
    const two = itemDistributions(alignment, [turku, ahtari]);
    expect(two.map((item) => [item.isShown, item.quartiles])).toEqual([
      [false, null],
      [false, null],
      [false, null],
    ]);
    const three = itemDistributions(alignment, [turku, ahtari, kaarina]);
    // i1: levels 3, 3, 2 → q1 = 2 + 0.5 × 1, median 3, q3 3; i2: one level of three members
    expect(three[0]).toMatchObject({ isShown: true, n: 3, quartiles: { q1: 2.5, median: 3, q3: 3 } });
    expect(three[1]).toMatchObject({ isShown: true, n: 1, quartiles: null });
  });
});

describe("memberRows", () => {
  it("scores each member on the basis and finds its municipality, region and county", () => {
    const rows = memberRows(alignment, members);
    // Turku t1: (3 + 2) / 6 = 83.33, t2: 33.33, overall 58.33
    expect(rows[0]?.score.themes.map((theme) => theme.score)).toEqual([
      expect.closeTo(83.333, 3),
      expect.closeTo(33.333, 3),
    ]);
    expect(rows[0]?.score.overall.score).toBeCloseTo(58.333, 3);
    expect(rows.map((row) => [row.municipality?.fi, row.regionCode, row.countyCode])).toEqual([
      ["Turku", "02", "05"],
      ["Ähtäri", "14", "16"],
      ["Kaarina", "02", "05"],
      ["Oulu", "17", "19"],
    ]);
    const village = buildAssessment({ municipality: "Kylä" }, {});
    expect(memberRows(alignment, [village])[0]).toMatchObject({
      municipality: undefined,
      regionCode: undefined,
      countyCode: undefined,
    });
  });
});

describe("themeDistributions and overallQuartiles", () => {
  const rows = memberRows(alignment, members);

  it("count bands and give quartiles of the theme scores", () => {
    // t1: Turku 83.33 leading, Ähtäri 100 leading, Kaarina 66.67 established, Oulu 0 beginning
    //     sorted 0, 66.67, 83.33, 100: q1 = 0.75 × 66.67 = 50, median = 66.67 + 0.5 × 16.67 = 75,
    //     q3 = 83.33 + 0.25 × 16.67 = 87.5
    // t2: 33.33 developing, 0 beginning, 100 leading, 66.67 established: q1 25, median 50, q3 75
    const [t1, t2] = themeDistributions(rows);
    expect(t1).toMatchObject({
      themeId: "t1",
      bands: { beginning: 1, developing: 0, established: 1, leading: 2 },
      unscored: 0,
      n: 4,
      isShown: true,
    });
    expect(t1?.quartiles).toMatchObject({ min: 0, max: 100 });
    expect(t1?.quartiles?.q1).toBeCloseTo(50, 9);
    expect(t1?.quartiles?.median).toBeCloseTo(75, 9);
    expect(t1?.quartiles?.q3).toBeCloseTo(87.5, 9);
    expect(t2?.bands).toEqual({ beginning: 1, developing: 1, established: 1, leading: 1 });
    expect([t2?.quartiles?.q1, t2?.quartiles?.median, t2?.quartiles?.q3]).toEqual([
      expect.closeTo(25, 9),
      expect.closeTo(50, 9),
      expect.closeTo(75, 9),
    ]);
  });

  it("count a member with no theme score as unscored", () => {
    const blank = buildAssessment({ municipality: "Salo", code: "734" }, { i3: 1 });
    const [t1] = themeDistributions(memberRows(alignment, [...members, blank]));
    expect(t1).toMatchObject({ unscored: 1, n: 4 });
  });

  it("give overall quartiles of the overall scores", () => {
    // 58.33, 50, 83.33, 33.33 → 33.33, 50, 58.33, 83.33:
    // q1 = 33.33 + 0.75 × 16.67 = 45.83, median = 50 + 0.5 × 8.33 = 54.17, q3 = 58.33 + 0.25 × 25 = 64.58
    const overall = overallQuartiles(rows);
    expect(overall?.n).toBe(4);
    expect(overall?.q1).toBeCloseTo(45.833, 3);
    expect(overall?.median).toBeCloseTo(54.167, 3);
    expect(overall?.q3).toBeCloseTo(64.583, 3);
  });

  it(`show nothing for fewer than ${MIN_GROUP_SIZE} members`, () => {
    const two = memberRows(alignment, [turku, ahtari]);
    expect(themeDistributions(two).map((theme) => [theme.isShown, theme.quartiles])).toEqual([
      [false, null],
      [false, null],
    ]);
    expect(overallQuartiles(two)).toBeNull();
    expect(themeDistributions([])).toEqual([]);
  });
});

describe("whoHasInPlace", () => {
  it("lists members at level 3, then at level 2, by name in Finnish order", () => {
    const names = whoHasInPlace(alignment, members).map(({ itemId, full, mostly }) => ({
      itemId,
      full: full.map((member) => member.meta.municipality),
      mostly: mostly.map((member) => member.meta.municipality),
    }));
    expect(names).toEqual([
      // Finnish collation puts Ä after Z (English would put Ähtäri before Turku).
      { itemId: "i1", full: ["Turku", "Ähtäri"], mostly: ["Kaarina"] },
      { itemId: "i2", full: [], mostly: ["Turku"] },
      { itemId: "i3", full: ["Kaarina"], mostly: ["Oulu"] },
    ]);
  });
});

describe("positionOf", () => {
  it("places a value among the quartiles, a value on one into the inner range", () => {
    const q = { n: 4, min: 0, q1: 1.5, median: 2.5, q3: 3, max: 3 };
    expect([1, 1.5, 2.5, 2.7, 3, 3.1].map((value) => positionOf(value, q))).toEqual([
      "belowQ1",
      "q1ToMedian",
      "q1ToMedian",
      "medianToQ3",
      "medianToQ3",
      "aboveQ3",
    ]);
  });
});

describe("alignMembers", () => {
  it("takes one version's checklist whole", () => {
    expect(alignment).toEqual({
      basis: v1,
      notComparable: [],
      hidden: [],
      versions: ["1.0.0"],
      numbers: new Map([
        ["i1", "1.1"],
        ["i2", "1.2"],
        ["i3", "2.1"],
      ]),
    });
  });

  it("aligns two versions on the items both have, naming the others and the versions lacking them", () => {
    const old = buildAssessment({ municipality: "Turku", code: "853" }, { i1: 1, i2: 3, i3: 2 });
    const current = buildAssessment(
      { municipality: "Salo", code: "734", version: "1.1.0" },
      { i1: 3, i4: 3, i3: 0, i5: 2 },
    );
    const aligned = alignMembers([old, current], [v1, v11]);
    // Newest version first; t3 held only i5, which 1.0.0 lacks, so it is dropped.
    expect(aligned?.basis.version).toBe("1.1.0");
    expect(aligned?.basis.themes.map((theme) => [theme.id, theme.items.map((item) => item.id)])).toEqual([
      ["t1", ["i1"]],
      ["t2", ["i3"]],
    ]);
    expect(aligned?.notComparable).toEqual([
      { itemId: "i4", versions: ["1.0.0"] },
      { itemId: "i5", versions: ["1.0.0"] },
      { itemId: "i2", versions: ["1.1.0"] },
    ]);
    expect(aligned?.versions).toEqual(["1.1.0", "1.0.0"]);
    // Numbered as the 1.1.0 questionnaire has them, not on the basis: i4 (left out) keeps 1.2.
    expect(aligned?.numbers.get("i1")).toBe("1.1");
    expect(aligned?.numbers.get("i3")).toBe("2.1");
    expect(aligned?.numbers.get("i4")).toBe("1.2");
    if (aligned === null) return;
    // Scored on the basis: the old member's i2 = 3 counts nowhere. t1: 1 / 3 = 33.33; t2: 2 / 3 = 66.67
    const [oldRow] = memberRows(aligned, [old, current]);
    expect(oldRow?.score.themes.map((theme) => theme.score)).toEqual([
      expect.closeTo(33.333, 3),
      expect.closeTo(66.667, 3),
    ]);
    expect(itemDistributions(aligned, [old, current]).map((item) => item.itemId)).toEqual(["i1", "i3"]);
  });

  it("orders versions by number, not text, and leaves out members whose checklist is not shipped", () => {
    const v19 = { ...v1, version: "1.9.0" };
    const v110 = { ...v11, version: "1.10.0" };
    const stray = buildAssessment({ municipality: "Oulu", version: "2.0.0" }, { zz: 3 });
    const aligned = alignMembers(
      [
        buildAssessment({ municipality: "Turku", version: "1.9.0" }, {}),
        buildAssessment({ municipality: "Salo", version: "1.10.0" }, {}),
        stray,
      ],
      [v19, v110],
    );
    expect(aligned?.versions).toEqual(["1.10.0", "1.9.0"]);
    expect(aligned?.basis.version).toBe("1.10.0");
    expect(alignMembers([stray], [v1, v11])).toBeNull();
    expect(alignMembers([], [v1])).toBeNull();
  });
});

describe("alignMembers with an adapted checklist among the members", () => {
  it("keeps the shipped version as the basis, leaves the local items out, and names the hidden ones with their reason", async () => {
    const { regional } = await import("../../tests/fixtures/adapted-checklist");
    const { PIENI_KUNTA_1_0 } = await import("../../tests/fixtures/checklist-versions");
    const adapted = regional();
    const onBase = createAssessment(
      checklistRef(PIENI_KUNTA_1_0),
      new Date("2026-03-01T10:00:00Z"),
      "kunta-a",
    );
    const onAdapted = createAssessment(checklistRef(adapted), new Date("2026-03-01T10:00:00Z"), "kunta-b");
    const aligned = alignMembers([onAdapted, onBase], [PIENI_KUNTA_1_0, adapted]);
    expect(aligned?.basis.id).toBe("pieni-kunta");
    expect(aligned?.basis.themes.flatMap((theme) => theme.items.map((item) => item.id))).toEqual([
      "a1",
      "a3",
      "a4",
      "b1",
      "b2",
      "c2",
    ]);
    expect(aligned?.versions).toEqual(["1.0.0", "seutu-kunta 1.0.0"]);
    expect(aligned?.notComparable).toEqual([
      { itemId: "a2", versions: ["seutu-kunta 1.0.0"] },
      { itemId: "c1", versions: ["seutu-kunta 1.0.0"] },
      { itemId: "l1", versions: ["1.0.0"] },
    ]);
    expect(aligned?.hidden).toEqual([
      { itemId: "a2", why: { fi: "Ei seudulla" }, version: "seutu-kunta 1.0.0" },
      { itemId: "c1", why: { fi: "Ei omia tiloja", sv: "Inga egna lokaler" }, version: "seutu-kunta 1.0.0" },
    ]);
  });
});
