import type { Answer, Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { allItems } from "../../domain/checklist-lookup";

/**
 * Koski Tl's own assessment (every item at 3, 2, 1, 0 in turn) and associations that see the first item
 * lower: the unit tests and Playwright share it.
 */
export function ownAssessment(checklist: Checklist): Assessment {
  const answers: Record<string, Answer> = {};
  allItems(checklist).forEach((item, index) => {
    answers[item.id] = { kind: "level", level: ([3, 2, 1, 0] as const)[index % 4] ?? 0 };
  });
  return {
    id: "koski-own-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: {
      municipality: "Koski Tl",
      municipalityCode: "284",
      year: 2026,
      respondentRole: "municipality",
      date: "2026-11-23",
    },
    answers,
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}

/** The first item "not in place" (0, 0) or "started" (1), the second "don't know" for one; the rest as Koski Tl. */
export function associationAssessments(checklist: Checklist): Assessment[] {
  const own = ownAssessment(checklist);
  const [first, second] = allItems(checklist);
  if (!first || !second) throw new Error("the checklist has items");
  return ([0, 0, 1] as const).map((level, index) => ({
    ...own,
    id: `koski-association-000${index + 1}`,
    meta: { ...own.meta, respondentRole: "association" },
    answers: {
      ...own.answers,
      [first.id]: { kind: "level", level },
      ...(index === 2 ? { [second.id]: { kind: "dontKnow" } } : {}),
    },
  }));
}
