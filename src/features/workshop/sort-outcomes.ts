import type { Assessment } from "../../domain/assessment";
import type { Problem } from "../../domain/problems";
import {
  type DuplicateReason,
  duplicateOf,
  type WorkshopMember,
  workshopMember,
} from "../../domain/workshop";
import type { ImportOutcome } from "../../store/import-files";

export interface Accepted {
  member: WorkshopMember;
  /** Entries the file had that could not be read; the rest of the file is used. */
  dropped: Problem[];
}

export interface Duplicate {
  member: WorkshopMember;
  existingId: string;
  reason: DuplicateReason;
}

export interface Rejected {
  sourceName: string;
  problems: Problem[];
}

export interface SortedOutcomes {
  accepted: Accepted[];
  duplicates: Duplicate[];
  rejected: Rejected[];
}

/**
 * Splits what was read into new members, duplicates (of a saved member or of an earlier file in the same
 * batch, which is saved with the batch) and refused files, keeping the files' order in each.
 */
export function sortOutcomes(
  saved: readonly Assessment[],
  outcomes: readonly ImportOutcome[],
  now: Date,
): SortedOutcomes {
  const known = [...saved];
  const sorted: SortedOutcomes = { accepted: [], duplicates: [], rejected: [] };
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      sorted.rejected.push({ sourceName: outcome.sourceName, problems: outcome.problems });
      continue;
    }
    const member = workshopMember(outcome.sourceName, outcome.assessment, now);
    const duplicate = duplicateOf(known, outcome.assessment);
    if (duplicate) sorted.duplicates.push({ member, ...duplicate });
    else {
      known.push(outcome.assessment);
      sorted.accepted.push({ member, dropped: outcome.dropped });
    }
  }
  return sorted;
}

export type DuplicateChoice = "keepSaved" | "useNew" | "keepBoth";

/** Both can stay only when they are two assessments; one id is one assessment. */
export function choicesFor(duplicate: Duplicate): DuplicateChoice[] {
  return duplicate.reason === "sameId" ? ["keepSaved", "useNew"] : ["keepSaved", "useNew", "keepBoth"];
}

/** What the user's choices write: the new members to add and the saved ones they replace. */
export function applyChoices(
  duplicates: readonly Duplicate[],
  choices: readonly DuplicateChoice[],
): { members: WorkshopMember[]; replaceIds: string[] } {
  const members: WorkshopMember[] = [];
  const replaceIds = new Set<string>();
  duplicates.forEach((duplicate, index) => {
    const choice = choices[index] ?? "keepSaved";
    if (choice === "keepSaved") return;
    members.push(duplicate.member);
    if (choice === "useNew") replaceIds.add(duplicate.existingId);
  });
  return { members, replaceIds: [...replaceIds] };
}
