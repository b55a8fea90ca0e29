import type { Answer, Assessment, RetiredAnswer, Review } from "./assessment";
import type { Checklist, ChecklistRef } from "./checklist";
import { itemsNamedBy, retiredBy } from "./checklist-changes";
import { checklistFor, checklistRef, compareVersions, itemIds } from "./checklist-lookup";
import type { Level } from "./level";
import { NOTE_MAX } from "./limits";
import { ownValue } from "./own-value";
import type { Action } from "./plan";

export interface AnswerMigration {
  answers: Record<string, Answer>;
  targets: Record<string, Level>;
  /** The actions, each linked to the item that took over its old item's place (or to none, if removed). */
  actions: Action[];
  review: Record<string, Review>;
  retiredAnswers: Record<string, RetiredAnswer>;
}

type Carried = Omit<AnswerMigration, "retiredAnswers">;

function cut(text: string): string {
  return text.length > NOTE_MAX ? text.slice(0, NOTE_MAX) : text;
}

function joinedNote(answers: readonly Answer[]): { note?: string } {
  const notes = answers.flatMap((answer) => (answer.note ? [answer.note] : []));
  return notes.length > 0 ? { note: cut(notes.join("\n")) } : {};
}

/**
 * Several old answers as one: the lowest level, since the merged practice is only as far as its weakest part.
 * Without a level, "don't know" if any part was unknown; "not applicable" only if every part was.
 */
export function mergedAnswer(answers: readonly Answer[]): Answer | undefined {
  if (answers.length === 0) return undefined;
  const levels = answers.flatMap((answer) => (answer.kind === "level" ? [answer.level] : []));
  const note = joinedNote(answers);
  if (levels.length > 0) return { kind: "level", level: Math.min(...levels) as Level, ...note };
  const reasons = answers.flatMap((answer) => (answer.kind === "notApplicable" ? [answer.reason] : []));
  if (reasons.length === answers.length)
    return { kind: "notApplicable", reason: cut(reasons.join("; ")), ...note };
  return { kind: "dontKnow", ...note };
}

/** One version's declarations applied to the answers of the version before it. */
function migrateStep(carried: Carried, next: Checklist, retired: Record<string, RetiredAnswer>): Carried {
  const { answers, targets, review } = carried;
  const out: Carried = { answers: {}, targets: {}, actions: [], review: {} };
  /** Where an old item's actions go: a split's first part, a merge's item, or nowhere for a removed one. */
  const successor = new Map<string, string | undefined>();
  const carry = (from: string, to: string) => {
    const answer = ownValue(answers, from);
    if (answer) out.answers[to] = answer;
    const target = ownValue(targets, from);
    if (target !== undefined) out.targets[to] = target;
    const earlier = ownValue(review, from);
    if (earlier && answer) out.review[to] = earlier;
  };
  const declared = new Set<string>();
  for (const change of next.changes?.items ?? []) {
    for (const id of itemsNamedBy(change)) declared.add(id);
    switch (change.change) {
      case "reworded":
        carry(change.item, change.item);
        break;
      case "changedMeaning":
        carry(change.item, change.item);
        if (Object.hasOwn(out.answers, change.item))
          out.review[change.item] = { change: "changedMeaning", from: [change.item] };
        break;
      case "split":
        successor.set(change.from, change.into[0]);
        for (const id of change.into) {
          carry(change.from, id);
          if (Object.hasOwn(out.answers, id)) out.review[id] = { change: "split", from: [change.from] };
        }
        break;
      case "merged": {
        for (const id of change.from) successor.set(id, change.into);
        const parts = change.from.flatMap((id) => {
          const answer = ownValue(answers, id);
          return answer ? [answer] : [];
        });
        const merged = mergedAnswer(parts);
        if (merged) {
          out.answers[change.into] = merged;
          out.review[change.into] = { change: "merged", from: change.from };
        }
        // The merged item aims as high as any of its parts did.
        const aims = change.from.flatMap((id) => {
          const target = ownValue(targets, id);
          return target === undefined ? [] : [target];
        });
        if (aims.length > 0) out.targets[change.into] = Math.max(...aims) as Level;
        break;
      }
      case "removed":
        successor.set(change.item, undefined);
        break;
      case "added":
        break;
    }
    for (const id of retiredBy(change)) {
      const answer = ownValue(answers, id);
      if (answer) retired[id] = { answer, retiredIn: next.version };
    }
  }
  // The same id with the same text needs no declaration: it is kept as it was.
  const present = itemIds(next);
  for (const id of present) if (!declared.has(id)) carry(id, id);
  // An answer to an id neither version knows is history too, never dropped in silence.
  for (const [id, answer] of Object.entries(answers)) {
    if (!present.has(id) && !Object.hasOwn(retired, id)) retired[id] = { answer, retiredIn: next.version };
  }
  out.actions = carried.actions.map((action) => {
    if (action.itemId === undefined || !successor.has(action.itemId)) return action;
    const { itemId: _old, ...unlinked } = action;
    const itemId = successor.get(action.itemId);
    return itemId === undefined ? unlinked : { ...unlinked, itemId };
  });
  return out;
}

/**
 * The versions to step through from `from` to `to`, oldest first, each declaring the one before it; null when
 * the chain of `changes.from` does not lead back to `from`.
 */
export function migrationPath(
  from: Checklist,
  to: Checklist,
  versions: readonly Checklist[],
): Checklist[] | null {
  if (from.id !== to.id || compareVersions(to.version, from.version) <= 0) return null;
  const path: Checklist[] = [];
  let current: Checklist | undefined = to;
  while (current && current.version !== from.version) {
    path.unshift(current);
    const previous: string | undefined = current.changes?.from;
    current = versions.find((checklist) => checklist.id === to.id && checklist.version === previous);
  }
  return current ? path : null;
}

/**
 * A proposal, changing nothing: the answers and targets of `assessment` carried through every version from its
 * own to `path`'s last, by their declarations. The user accepts it with `acceptMigration`.
 */
export function migrateAnswers(
  assessment: Pick<Assessment, "answers" | "targets" | "actions" | "review">,
  path: readonly Checklist[],
): AnswerMigration {
  const retiredAnswers: Record<string, RetiredAnswer> = {};
  const carried = path.reduce<Carried>((state, next) => migrateStep(state, next, retiredAnswers), {
    answers: { ...assessment.answers },
    targets: { ...assessment.targets },
    actions: assessment.actions,
    // A mark not yet checked travels on with its answer.
    review: { ...assessment.review },
  });
  return { ...carried, retiredAnswers };
}

/** The assessment on the new version, with what to check and the retired answers beside its earlier ones. */
export function acceptMigration(
  assessment: Assessment,
  migration: AnswerMigration,
  to: Checklist,
  now: Date,
): Assessment {
  return {
    ...assessment,
    checklist: checklistRef(to),
    answers: migration.answers,
    targets: migration.targets,
    actions: migration.actions,
    review: { ...migration.review },
    retiredAnswers: { ...assessment.retiredAnswers, ...migration.retiredAnswers },
    updatedAt: now.toISOString(),
  };
}

/** What the user reads before accepting: item ids of the new version, and the old ids kept as history. */
export interface MigrationSummary {
  /** Answers that carried over as they were (kept or reworded items). */
  carried: string[];
  /** Answers proposed from a split, a merge or a changed question, to check. */
  toCheck: string[];
  /** Old items no longer asked, whose answers stay in the assessment's history. */
  retired: string[];
  /** Items of the new version with no answer yet (new ones, or ones the old version left unanswered). */
  unanswered: string[];
}

export function migrationSummary(migration: AnswerMigration, to: Checklist): MigrationSummary {
  const ids = [...itemIds(to)];
  return {
    carried: ids.filter((id) => Object.hasOwn(migration.answers, id) && !Object.hasOwn(migration.review, id)),
    toCheck: ids.filter((id) => Object.hasOwn(migration.review, id)),
    retired: Object.keys(migration.retiredAnswers),
    unanswered: ids.filter((id) => !Object.hasOwn(migration.answers, id)),
  };
}

export interface AvailableMigration {
  from: Checklist;
  to: Checklist;
  /** The versions after `from`, oldest first, ending with `to`. */
  path: Checklist[];
}

/** The newest version the assessment's checklist can move to by declared steps; null when it is the newest. */
export function availableMigration(
  ref: ChecklistRef,
  checklists: readonly Checklist[],
): AvailableMigration | null {
  const from = checklistFor(ref, checklists);
  if (!from) return null;
  const newest = checklists
    .filter((checklist) => checklist.id === ref.id && compareVersions(checklist.version, ref.version) > 0)
    .sort((a, b) => compareVersions(b.version, a.version));
  for (const to of newest) {
    const path = migrationPath(from, to, checklists);
    if (path) return { from, to, path };
  }
  return null;
}
