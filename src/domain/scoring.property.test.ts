import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildChecklist, type ThemeSpec } from "../../tests/fixtures/build-checklist";
import type { Answer } from "./assessment";
import type { Checklist } from "./checklist";
import { type AssessmentScore, scoreAssessment } from "./scoring";

interface Case {
  checklist: Checklist;
  answers: Record<string, Answer>;
}

const answerArb: fc.Arbitrary<Answer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(0, 1, 2, 3).map((level): Answer => ({ kind: "level", level })),
  fc.constant<Answer>({ kind: "dontKnow" }),
  fc.constant<Answer>({ kind: "notApplicable", reason: "Ei koske kuntaa." }),
);

const itemArb = fc.record({ weight: fc.integer({ min: 1, max: 3 }), answer: answerArb });

/** 1–4 themes of 1–8 items with random weights and answers; ids are positional, so always unique. */
const caseArb: fc.Arbitrary<Case> = fc
  .array(fc.array(itemArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 })
  .map((themes) => {
    const answers: Record<string, Answer> = {};
    const specs: ThemeSpec[] = themes.map((items, t) => ({
      id: `t${t}`,
      items: items.map(({ weight, answer }, i) => {
        const id = `t${t}-i${i}`;
        if (answer !== undefined) answers[id] = answer;
        return { id, weight };
      }),
    }));
    return { checklist: buildChecklist(specs), answers };
  });

function scores(result: AssessmentScore): (number | null)[] {
  return [result.overall.score, ...result.themes.map((theme) => theme.score)];
}

function itemIdsWhere(answers: Record<string, Answer>, checklist: Checklist, keep: (a?: Answer) => boolean) {
  return checklist.themes
    .flatMap((theme) => theme.items.map((item) => item.id))
    .filter((id) => keep(answers[id]));
}

describe("scoreAssessment properties", () => {
  it("keeps scores within 0–100 and coverage within 0–1", () => {
    fc.assert(
      fc.property(caseArb, ({ checklist, answers }) => {
        const { overall, themes } = scoreAssessment(checklist, answers);
        for (const summary of [overall, ...themes]) {
          if (summary.score !== null) {
            expect(summary.score).toBeGreaterThanOrEqual(0);
            expect(summary.score).toBeLessThanOrEqual(100);
          }
          expect(summary.coverage).toBeGreaterThanOrEqual(0);
          expect(summary.coverage).toBeLessThanOrEqual(1);
          expect(summary.scored).toBeLessThanOrEqual(summary.applicable);
          expect(summary.applicable).toBeLessThanOrEqual(summary.total);
        }
      }),
    );
  });

  it("never lowers a score when an answered level is raised", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.constantFrom(1, 2, 3), ({ checklist, answers }, pick, level) => {
        const raisable = itemIdsWhere(answers, checklist, (a) => a?.kind === "level" && a.level < level);
        const id = raisable[pick % raisable.length];
        fc.pre(id !== undefined);
        const before = scores(scoreAssessment(checklist, answers));
        const after = scores(scoreAssessment(checklist, { ...answers, [id]: { kind: "level", level } }));
        before.forEach((score, i) => {
          // NaN fails the comparison, so a score that vanished is caught too.
          if (score !== null) expect(after[i] ?? Number.NaN).toBeGreaterThanOrEqual(score);
        });
      }),
    );
  });

  it("does not change any score when an unanswered item becomes not applicable", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ checklist, answers }, pick) => {
        const unanswered = itemIdsWhere(answers, checklist, (a) => a === undefined || a.kind === "dontKnow");
        const id = unanswered[pick % unanswered.length];
        fc.pre(id !== undefined);
        const changed = { ...answers, [id]: { kind: "notApplicable", reason: "Ei koske." } satisfies Answer };
        const before = scoreAssessment(checklist, answers);
        const after = scoreAssessment(checklist, changed);
        if (after.leftOutThemeIds.length === before.leftOutThemeIds.length) {
          expect(scores(after)).toEqual(scores(before));
        } else {
          // The item was its theme's last applicable one: the theme is left out, so only the overall may
          // change, from "not yet" to the mean of the other themes.
          expect(before.overall.score).toBeNull();
          expect(scores(after).slice(1)).toEqual(scores(before).slice(1));
        }
      }),
    );
  });

  it("does not change any score when not-applicable items are added to the checklist", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.record({ theme: fc.nat(), position: fc.nat(), weight: fc.integer({ min: 1, max: 3 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        ({ checklist, answers }, additions) => {
          const themes = checklist.themes.map((theme) => ({ ...theme, items: [...theme.items] }));
          const extended = { ...answers };
          additions.forEach(({ theme, position, weight }, n) => {
            const target = themes[theme % themes.length];
            const template = target?.items[0];
            if (target === undefined || template === undefined) return;
            const id = `extra-${n}`;
            target.items.splice(position % (target.items.length + 1), 0, { ...template, id, weight });
            extended[id] = { kind: "notApplicable", reason: "Ei koske." };
          });
          const larger = scoreAssessment({ ...checklist, themes }, extended);
          expect(scores(larger)).toEqual(scores(scoreAssessment(checklist, answers)));
        },
      ),
    );
  });

  it("does not depend on the order of the answers' keys", () => {
    const arb = caseArb.chain((testCase) => {
      const entries = Object.entries(testCase.answers);
      const shuffled = fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length });
      return fc.tuple(fc.constant(testCase), shuffled);
    });
    fc.assert(
      fc.property(arb, ([{ checklist, answers }, entries]) => {
        expect(scoreAssessment(checklist, Object.fromEntries(entries))).toEqual(
          scoreAssessment(checklist, answers),
        );
      }),
    );
  });
});
