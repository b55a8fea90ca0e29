import { describe, expect, it } from "vitest";
import { buildChecklist } from "../../tests/fixtures/build-checklist";
import type { Answer, Assessment } from "./assessment";
import { scoreAssessment } from "./scoring";
import {
  answersAtTarget,
  groupByPhase,
  groupByTheme,
  hasTargetAhead,
  inKeptOrder,
  prioritiseSuggestions,
  topPriorities,
} from "./suggestions";

const checklist = buildChecklist([
  {
    id: "yhteistyo",
    items: [
      { id: "a1", weight: 3, phase: "prepare" },
      { id: "a2", weight: 1, phase: "meeting" },
      { id: "a3", weight: 2 },
    ],
  },
  {
    id: "tuki",
    items: [
      { id: "b1", weight: 2, phase: "followUp" },
      { id: "b2", weight: 1, phase: "prepare" },
    ],
  },
]);

const level = (value: 0 | 1 | 2 | 3): Answer => ({ kind: "level", level: value });

function assessmentWith(answers: Record<string, Answer>, targets: Assessment["targets"] = {}): Assessment {
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: { municipality: "Testilä", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    answers,
    targets,
    actions: [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}

const summary = (suggestions: ReturnType<typeof prioritiseSuggestions>) =>
  suggestions.map((s) => [s.item.id, s.current, s.target, s.gap, s.priority]);

describe("prioritiseSuggestions", () => {
  it("ranks items below 'fully in place' by weight × gap to level 3", () => {
    // a1: 3 × (3 − 2) = 3; a2: 1 × (3 − 0) = 3; a3 fully in place; b1: 2 × (3 − 1) = 4; b2: 1 × 3 = 3.
    const assessment = assessmentWith({
      a1: level(2),
      a2: level(0),
      a3: level(3),
      b1: level(1),
      b2: level(0),
    });
    expect(summary(prioritiseSuggestions(checklist, assessment))).toEqual([
      ["b1", 1, 3, 2, 4],
      // Ties at 3 keep the checklist's order: theme first, then item.
      ["a1", 2, 3, 1, 3],
      ["a2", 0, 3, 3, 3],
      ["b2", 0, 3, 3, 3],
    ]);
  });

  it("leaves out don't know, not applicable and unanswered items: they have no gap to measure", () => {
    const assessment = assessmentWith({
      a1: { kind: "dontKnow" },
      a2: { kind: "notApplicable", reason: "Pieni kunta" },
      b1: level(2),
    });
    expect(summary(prioritiseSuggestions(checklist, assessment))).toEqual([["b1", 2, 3, 1, 2]]);
  });

  it("measures the gap to the user's target where one is set", () => {
    // a1: target 2 → 3 × (2 − 0) = 6; b1: target 1 already met → gap 0, priority 0, still listed last;
    // a2: no target → 1 × (3 − 1) = 2.
    const assessment = assessmentWith({ a1: level(0), a2: level(1), b1: level(2) }, { a1: 2, b1: 1 });
    const suggestions = prioritiseSuggestions(checklist, assessment);
    expect(summary(suggestions)).toEqual([
      ["a1", 0, 2, 2, 6],
      ["a2", 1, 3, 2, 2],
      ["b1", 2, 1, 0, 0],
    ]);
    expect(suggestions.map((s) => s.hasTarget)).toEqual([true, false, true]);
  });
});

describe("topPriorities", () => {
  it("keeps those with a gap left, up to the limit", () => {
    const assessment = assessmentWith({ a1: level(0), a2: level(1), b1: level(2) }, { b1: 1 });
    const ids = topPriorities(prioritiseSuggestions(checklist, assessment), 5).map((s) => s.item.id);
    expect(ids).toEqual(["a1", "a2"]);
    expect(topPriorities(prioritiseSuggestions(checklist, assessment), 1)).toHaveLength(1);
  });
});

describe("inKeptOrder", () => {
  it("keeps an earlier order with today's figures; items it does not know follow, ranked", () => {
    const ranked = prioritiseSuggestions(
      checklist,
      assessmentWith({ a1: level(1), a2: level(0), b1: level(2), b2: level(0) }, { a1: 2 }),
    );
    // By hand: a1 3 × 1 = 3, a2 1 × 3 = 3, b2 1 × 3 = 3, b1 2 × 1 = 2.
    expect(ranked.map((s) => s.item.id)).toEqual(["a1", "a2", "b2", "b1"]);
    const kept = inKeptOrder(ranked, ["b1", "gone", "a1"]);
    expect(kept.map((s) => [s.item.id, s.priority])).toEqual([
      ["b1", 2],
      ["a1", 3],
      ["a2", 3],
      ["b2", 3],
    ]);
  });
});

describe("grouping", () => {
  const assessment = assessmentWith({ a1: level(2), a2: level(0), a3: level(1), b1: level(1), b2: level(0) });
  const suggestions = prioritiseSuggestions(checklist, assessment);

  it("groups by theme in checklist order, priority order inside", () => {
    const groups = groupByTheme(checklist, suggestions);
    expect(groups.map((g) => [g.key.id, g.suggestions.map((s) => s.item.id)])).toEqual([
      // a1 3, a2 3, a3 2 × 2 = 4 → a3 first.
      ["yhteistyo", ["a3", "a1", "a2"]],
      ["tuki", ["b1", "b2"]],
    ]);
  });

  it("groups by the phase of seed 003, items without one last as ongoing", () => {
    const groups = groupByPhase(suggestions);
    expect(groups.map((g) => [g.key, g.suggestions.map((s) => s.item.id)])).toEqual([
      ["prepare", ["a1", "b2"]],
      ["meeting", ["a2"]],
      ["followUp", ["b1"]],
      ["ongoing", ["a3"]],
    ]);
  });
});

describe("answersAtTarget", () => {
  it("scores the plan with the same scoring and the same target rule as the priorities", () => {
    const assessment = assessmentWith(
      {
        a1: level(1),
        a2: { kind: "notApplicable", reason: "–" },
        a3: level(3),
        b1: { kind: "dontKnow", note: "selvitetään" },
        b2: { ...level(0), note: "ei vielä" },
      },
      { a1: 2, a2: 3, a3: 1, b1: 2 },
    );
    const reached = answersAtTarget(assessment);
    // a1 reaches its target; a3's target is below its level, which it never lowers; b2 has no target, so it
    // aims at "fully in place" as in the priorities; b1 and a2 have no level to raise, target or not.
    expect(reached).toEqual({
      a1: level(2),
      a2: { kind: "notApplicable", reason: "–" },
      a3: level(3),
      b1: { kind: "dontKnow", note: "selvitetään" },
      b2: { kind: "level", level: 3, note: "ei vielä" },
    });
    // Cooperation: (a1 2/3 × 3 + a3 3/3 × 2) / 5 → 80; support: b2 3/3 × 1 over 1 → 100.
    const score = scoreAssessment(checklist, reached);
    expect(score.themes[0]?.score).toBeCloseTo(80);
    expect(score.themes[1]?.score).toBeCloseTo(100);
    // The same rule as prioritiseSuggestions: the gaps it ranks are exactly the levels raised here.
    const gaps = prioritiseSuggestions(checklist, assessment).map((s) => [s.item.id, s.gap]);
    // Priorities a1 3 × 1 = 3 and b2 1 × 3 = 3: the tie keeps the checklist's order.
    expect(gaps).toEqual([
      ["a1", 1],
      ["b2", 3],
    ]);
  });
});

describe("hasTargetAhead", () => {
  it("is true while reaching a target, set or default, would raise an answer", () => {
    expect(hasTargetAhead(assessmentWith({ a1: level(2) }))).toBe(true);
    expect(hasTargetAhead(assessmentWith({ a1: level(2) }, { a1: 2 }))).toBe(false);
    expect(hasTargetAhead(assessmentWith({ a1: level(3), b1: { kind: "dontKnow" } }, { b1: 3 }))).toBe(false);
  });
});
