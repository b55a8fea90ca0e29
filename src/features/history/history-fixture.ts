import type { Answer, Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { allItems } from "../../domain/checklist-lookup";

function koski(checklist: Checklist, year: number, id: string, answers: Record<string, Answer>): Assessment {
  return {
    id,
    createdAt: `${year}-03-15T10:00:00.000Z`,
    checklist: { id: checklist.id, version: checklist.version },
    meta: {
      municipality: "Koski Tl",
      municipalityCode: "284",
      year,
      respondentRole: "municipality",
      date: `${year}-03-15`,
    },
    answers,
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: `${year}-03-15T10:00:00.000Z`,
  };
}

/**
 * Koski Tl in two years, with a change computed by hand. 2025: every item "started" (⅓ → 33), the first
 * item "don't know". 2026: every item "mostly in place" (⅔ → 67), the second not applicable. Every theme's
 * score is then the level's share whatever the weights: overall 33 → 67 (+34); all items but those two rose.
 * Takes the checklist so the vitest and Playwright tests can both use it.
 */
export function koskiYears(checklist: Checklist): { y2025: Assessment; y2026: Assessment } {
  const items = allItems(checklist);
  const every = (answer: Answer) => Object.fromEntries(items.map((item) => [item.id, answer]));
  const [first, second] = items;
  if (!first || !second) throw new Error("the checklist has two items at least");
  return {
    y2025: koski(checklist, 2025, "koski-2025-assessment", {
      ...every({ kind: "level", level: 1 }),
      [first.id]: { kind: "dontKnow" },
    }),
    y2026: koski(checklist, 2026, "koski-2026-assessment", {
      ...every({ kind: "level", level: 2 }),
      [second.id]: { kind: "notApplicable", reason: "Ei koske meitä." },
    }),
  };
}
