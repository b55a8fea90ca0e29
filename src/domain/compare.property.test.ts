import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildChecklist, type ThemeSpec } from "../../tests/fixtures/build-checklist";
import type { Answer } from "./assessment";
import type { Checklist } from "./checklist";
import { compareAssessments, type ItemDifference } from "./compare";

interface Case {
  checklist: Checklist;
  own: Record<string, Answer>;
  other: Record<string, Answer>;
}

const answerArb: fc.Arbitrary<Answer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(0, 1, 2, 3).map((level): Answer => ({ kind: "level", level })),
  fc.constant<Answer>({ kind: "dontKnow" }),
  fc.constant<Answer>({ kind: "notApplicable", reason: "Ei koske kuntaa." }),
);

const itemArb = fc.record({ weight: fc.integer({ min: 1, max: 3 }), own: answerArb, other: answerArb });

/** 1–4 themes of 1–8 items with random weights and two sets of answers; ids are positional. */
const caseArb: fc.Arbitrary<Case> = fc
  .array(fc.array(itemArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 })
  .map((themes) => {
    const own: Record<string, Answer> = {};
    const other: Record<string, Answer> = {};
    const specs: ThemeSpec[] = themes.map((items, t) => ({
      id: `t${t}`,
      items: items.map((item, i) => {
        const id = `t${t}-i${i}`;
        if (item.own !== undefined) own[id] = item.own;
        if (item.other !== undefined) other[id] = item.other;
        return { id, weight: item.weight };
      }),
    }));
    return { checklist: buildChecklist(specs), own, other };
  });

const SWAPPED: Record<ItemDifference, ItemDifference> = {
  theyHaveYouLack: "youAreAhead",
  youAreAhead: "theyHaveYouLack",
  same: "same",
  notComparable: "notComparable",
  theyChoseNotApplicable: "youChoseNotApplicable",
  youChoseNotApplicable: "theyChoseNotApplicable",
};

describe("compareAssessments properties", () => {
  it("finds no gap between an assessment and itself", () => {
    fc.assert(
      fc.property(caseArb, ({ checklist, own }) => {
        const comparison = compareAssessments(checklist, own, own);
        for (const item of comparison.items) {
          expect(["same", "theyChoseNotApplicable", "notComparable"]).toContain(item.difference);
          if (item.gap !== null) expect(item.gap).toBe(0);
        }
        for (const theme of comparison.themes) expect(theme.own).toEqual(theme.other);
        expect(comparison.own).toEqual(comparison.other);
      }),
    );
  });

  it("swaps the sides when own and other are swapped", () => {
    fc.assert(
      fc.property(caseArb, ({ checklist, own, other }) => {
        const forward = compareAssessments(checklist, own, other);
        const backward = compareAssessments(checklist, other, own);
        forward.items.forEach((item, i) => {
          const back = backward.items[i];
          expect(back?.itemId).toBe(item.itemId);
          // Both sides N/A stays "they chose"; any other N/A on one side flips to the other side's choice.
          const isBothNotApplicable =
            item.own.status === "notApplicable" && item.other.status === "notApplicable";
          expect(back?.difference).toBe(isBothNotApplicable ? item.difference : SWAPPED[item.difference]);
          expect(back?.gap ?? null).toBe(item.gap === null ? null : -item.gap || 0);
        });
        forward.themes.forEach((theme, t) => {
          expect(backward.themes[t]?.own).toEqual(theme.other);
          expect(backward.themes[t]?.other).toEqual(theme.own);
        });
      }),
    );
  });

  it("lists every checklist item once, in checklist order", () => {
    fc.assert(
      fc.property(caseArb, ({ checklist, own, other }) => {
        const ids = checklist.themes.flatMap((theme) => theme.items.map((item) => item.id));
        expect(compareAssessments(checklist, own, other).items.map((item) => item.itemId)).toEqual(ids);
      }),
    );
  });
});
