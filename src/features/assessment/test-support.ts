import { bundledRegistry } from "../../../tests/bundled-checklists";
import type { Answer, Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { checklistRef } from "../../domain/checklist-lookup";
import { latestChecklist } from "../../domain/registry-lookup";

/** The checklist the app ships: the tests read its texts instead of copying them, so edits don't break them. */
export function bundledChecklist(): Checklist {
  const checklist = latestChecklist(bundledRegistry);
  if (!checklist) throw new Error("No valid checklist is bundled; see checklists/");
  return checklist;
}

export function savedAssessment(answers: Record<string, Answer> = {}): Assessment {
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: checklistRef(bundledChecklist()),
    meta: {
      municipality: "Koski Tl",
      municipalityCode: "284",
      year: 2026,
      respondentRole: "municipality",
      date: "2026-03-15",
    },
    answers,
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-03-15T10:00:00.000Z",
  };
}
