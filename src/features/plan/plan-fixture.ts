import type { Answer, Assessment } from "../../domain/assessment";
import type { Checklist, Item, Phase } from "../../domain/checklist";

const PROCESS_SEED = "003_9f185fb23987c6cc.txt";

function itemOf(id: string, weight: number, phase?: Phase): Item {
  return {
    id,
    weight,
    text: { fi: `Kohta ${id}`, sv: `Punkt ${id}`, en: `Item ${id}` },
    help: { fi: id, sv: id, en: id },
    suggestion: { fi: `Kehitä ${id}`, sv: `Utveckla ${id}`, en: `Develop ${id}` },
    sources: [PROCESS_SEED],
    ...(phase ? { phase } : {}),
  };
}

/**
 * Test-only: three themes whose items have hand-picked weights and phases of the cooperation process.
 * Cooperation a1 (3, prepare), a2 (1, meeting), a3 (2), a4 (1, follow-up); support b1 (2), b2 (2, prepare);
 * premises c1 (1, meeting), c2 (3).
 */
export const PLAN_CHECKLIST: Checklist = {
  id: "suunnitelma-testi",
  version: "1.0.0",
  title: { fi: "Testi", sv: "Test", en: "Test" },
  description: { fi: "Testi", sv: "Test", en: "Test" },
  sources: [
    {
      seed: PROCESS_SEED,
      title: { fi: "Yhteistyön prosessi", sv: "Samarbetets process", en: "The cooperation process" },
      publisher: { fi: "Julkaisija", sv: "Utgivare", en: "Publisher" },
    },
  ],
  themes: [
    {
      id: "yhteistyo",
      title: { fi: "Yhteistyörakenteet", sv: "Samarbetsstrukturer", en: "Cooperation structures" },
      description: { fi: "", sv: "", en: "" },
      items: [
        itemOf("a1", 3, "prepare"),
        itemOf("a2", 1, "meeting"),
        itemOf("a3", 2),
        itemOf("a4", 1, "followUp"),
      ],
    },
    {
      id: "tuki",
      title: { fi: "Tukikeinot", sv: "Stödformer", en: "Support measures" },
      description: { fi: "", sv: "", en: "" },
      items: [itemOf("b1", 2), itemOf("b2", 2, "prepare")],
    },
    {
      id: "tilat",
      title: { fi: "Tilat ja avustukset", sv: "Lokaler och bidrag", en: "Premises and grants" },
      description: { fi: "", sv: "", en: "" },
      items: [itemOf("c1", 1, "meeting"), itemOf("c2", 3)],
    },
  ],
};

/**
 * By hand, priority = weight × (3 − level): a1 3·2 = 6, b2 2·3 = 6, a2 1·3 = 3, c2 3·1 = 3, b1 2·1 = 2.
 * Ties keep the checklist's order, so the ranking is a1, b2, a2, c2, b1. a4 is fully in place (no
 * suggestion); a3 "don't know" and c1 unanswered are not ranked.
 */
export const PLAN_ANSWERS = {
  a1: { kind: "level", level: 1 },
  a2: { kind: "level", level: 0 },
  a3: { kind: "dontKnow" },
  a4: { kind: "level", level: 3 },
  b1: { kind: "level", level: 2 },
  b2: { kind: "level", level: 0 },
  c2: { kind: "level", level: 2 },
} satisfies Record<string, Answer>;

export function planAssessment(
  answers: Record<string, Answer>,
  plan: Partial<Pick<Assessment, "targets" | "actions">> = {},
): Assessment {
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: PLAN_CHECKLIST.id, version: PLAN_CHECKLIST.version },
    meta: { municipality: "Oma kunta", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    answers,
    targets: plan.targets ?? {},
    actions: plan.actions ?? [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}
