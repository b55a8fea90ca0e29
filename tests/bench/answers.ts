import { readFileSync } from "node:fs";
import type { Answer, Assessment } from "../../src/domain/assessment";
import { type Checklist, ChecklistSchema } from "../../src/domain/checklist";
import { allItems } from "../../src/domain/checklist-lookup";
import { describeProblem, parseWith } from "../../src/domain/problems";

/** The checklist the app ships; the bench scores and seeds answers for the real thing, not a fixture. */
export const CHECKLIST_FILE = new URL(
  "../../checklists/jarjestoystavallinen-kunta/1.0.0.json",
  import.meta.url,
);

export function loadChecklist(file: URL = CHECKLIST_FILE): Checklist {
  const result = parseWith(ChecklistSchema, JSON.parse(readFileSync(file, "utf8")));
  if (!result.ok)
    throw new Error(`${file.pathname} is invalid:\n${result.problems.map(describeProblem).join("\n")}`);
  return result.value;
}

/** mulberry32: a tiny seeded generator, so every bench run scores the same assessments. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid answer for every item: mostly levels, some "don't know", a few "not applicable" with a reason. */
export function randomAnswers(checklist: Checklist, random: () => number): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const item of allItems(checklist)) {
    const roll = random();
    if (roll < 0.08) answers[item.id] = { kind: "dontKnow" };
    else if (roll < 0.12) answers[item.id] = { kind: "notApplicable", reason: "Ei koske pientä kuntaa." };
    else answers[item.id] = { kind: "level", level: Math.floor(random() * 4) as 0 | 1 | 2 | 3 };
  }
  return answers;
}

export function randomAssessment(checklist: Checklist, random: () => number): Assessment {
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    answers: randomAnswers(checklist, random),
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}
