import { describe, expect, it } from "vitest";
import { buildChecklist } from "../../tests/fixtures/build-checklist";
import { type Answer, type Assessment, createAssessment } from "./assessment";
import { ownValue } from "./own-value";
import { checklistProgress } from "./progress";
import { scoreAssessment } from "./scoring";
import { answersAtTarget, prioritiseSuggestions, unrankedByTheme } from "./suggestions";

// Item ids that are also names on Object.prototype: a plain `answers[id]` finds something for each.
const checklist = buildChecklist([
  {
    id: "teema",
    items: [
      { id: "constructor", weight: 1 },
      { id: "__proto__", weight: 1 },
      { id: "toString", weight: 1 },
    ],
  },
]);

function assessmentWith(answers: Record<string, Answer>, targets: Assessment["targets"] = {}): Assessment {
  const base = createAssessment(checklist, new Date("2026-11-23T10:00:00Z"), "testi-arvio");
  return { ...base, answers, targets };
}

describe("ownValue", () => {
  it("finds only the record's own entries", () => {
    const record: Record<string, number> = Object.fromEntries([["__proto__", 1]]);
    expect(ownValue(record, "__proto__")).toBe(1);
    expect(ownValue(record, "constructor")).toBeUndefined();
    expect(ownValue({}, "__proto__")).toBeUndefined();
    expect(ownValue({}, "hasOwnProperty")).toBeUndefined();
  });
});

describe("items named like Object.prototype's members", () => {
  it("are unanswered everywhere while nothing is answered", () => {
    const assessment = assessmentWith({});
    expect(checklistProgress(checklist, assessment.answers)).toEqual({ answered: 0, total: 3 });
    const score = scoreAssessment(checklist, assessment.answers);
    expect(score.themes[0]?.items.map((item) => item.status)).toEqual([
      "unanswered",
      "unanswered",
      "unanswered",
    ]);
    expect(score.overall.score).toBeNull();
    expect(prioritiseSuggestions(checklist, assessment)).toEqual([]);
    expect(unrankedByTheme(checklist, assessment.answers).map((entry) => entry.count)).toEqual([3]);
  });

  it("count, score and rank the same once answered", () => {
    // Object.fromEntries makes "__proto__" an own entry, as JSON.parse does.
    const answers: Record<string, Answer> = Object.fromEntries([
      ["constructor", { kind: "level", level: 1 }],
      ["__proto__", { kind: "level", level: 2 }],
    ]);
    const assessment = assessmentWith(answers, Object.fromEntries([["__proto__", 3]]));
    expect(checklistProgress(checklist, answers)).toEqual({ answered: 2, total: 3 });
    const score = scoreAssessment(checklist, answers);
    expect(score.themes[0]?.items.map((item) => item.status)).toEqual(["scored", "scored", "unanswered"]);
    // (1/3 + 2/3) / 2 = 50, coverage 2 of 3.
    expect(score.overall.score).toBeCloseTo(50);
    expect(score.overall.coverage).toBeCloseTo(2 / 3);
    const suggestions = prioritiseSuggestions(checklist, assessment);
    expect(suggestions.map((s) => [s.item.id, s.current, s.target, s.hasTarget])).toEqual([
      ["constructor", 1, 3, false],
      ["__proto__", 2, 3, true],
    ]);
    expect(unrankedByTheme(checklist, answers).map((entry) => entry.count)).toEqual([1]);
  });

  it("reach their target as entries, not as a new prototype", () => {
    // Answered, as the one target rule raises only items with a level (aimOf).
    const answers: Record<string, Answer> = Object.fromEntries([["__proto__", { kind: "level", level: 1 }]]);
    const assessment = assessmentWith(answers, Object.fromEntries([["__proto__", 2]]));
    const atTarget = answersAtTarget(assessment);
    expect(Object.getPrototypeOf(atTarget)).toBe(Object.prototype);
    expect(ownValue(atTarget, "__proto__")).toEqual({ kind: "level", level: 2 });
    expect(scoreAssessment(checklist, atTarget).themes[0]?.scored).toBe(1);
  });
});
