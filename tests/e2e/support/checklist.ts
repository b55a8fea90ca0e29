import { readFileSync } from "node:fs";
import type { Answer, Assessment } from "../../../src/domain/assessment";
import { type Checklist, ChecklistSchema, type Item } from "../../../src/domain/checklist";
import { PERSISTED_STATE_VERSION } from "../../../src/domain/persisted-state";
import { parseWith } from "../../../src/domain/problems";

function loadShipped(version: string): Checklist {
  const file = new URL(`../../../checklists/jarjestoystavallinen-kunta/${version}.json`, import.meta.url);
  const result = parseWith(ChecklistSchema, JSON.parse(readFileSync(file, "utf8")));
  if (!result.ok)
    throw new Error(`shipped checklist ${version} is invalid: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/**
 * The newest checklist the app ships, which a new assessment answers, validated by the app's own schema so the
 * tests score exactly what users answer.
 */
function loadShippedChecklist(): Checklist {
  return loadShipped(NEWEST_VERSION);
}

/** Bumped with each new shipped version; the versions spec moves assessments from the one before. */
export const NEWEST_VERSION = "1.1.0";

/** An older shipped version, for opening assessments made before the newest. */
export const checklistV100: Checklist = loadShipped("1.0.0");

export const checklist: Checklist = loadShippedChecklist();

/** A shipped item by id; a test naming an item the checklist no longer has fails at once. */
export function item(id: string): Item {
  const found = checklist.themes.flatMap((theme) => theme.items).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the shipped checklist lost ${id}`);
  return found;
}

export const STORAGE_KEY = "kumppanuuspeili";

/** A finished assessment, Koski Tl style, used wherever a page needs saved content. */
export function sampleAssessment(
  answers: Record<string, Answer> = sampleAnswers(),
  answered: Checklist = checklist,
): Assessment {
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: answered.id, version: answered.version },
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

/** Levels 3, 2, 1, 0 in turn over every item, with one "don't know" and one "not applicable". */
export function sampleAnswers(answered: Checklist = checklist): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  answered.themes
    .flatMap((theme) => theme.items)
    .forEach((item, index) => {
      answers[item.id] = { kind: "level", level: ([3, 2, 1, 0] as const)[index % 4] ?? 0 };
    });
  const [first, second] = answered.themes;
  if (first?.items[1]) answers[first.items[1].id] = { kind: "dontKnow" };
  if (second?.items[2]) answers[second.items[2].id] = { kind: "notApplicable", reason: "Ei koske meitä." };
  return answers;
}

/** The text the app keeps in localStorage (zustand persist's envelope, see src/domain/persisted-state.ts). */
export function persistedState(assessment: Assessment | null, language: "fi" | "sv" | "en" = "fi"): string {
  return JSON.stringify({ state: { assessment, language }, version: PERSISTED_STATE_VERSION });
}
