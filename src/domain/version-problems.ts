import type { Checklist } from "./checklist";
import { itemsNamedBy, newItemsNamedBy, oldItemsNamedBy, retiredBy } from "./checklist-changes";
import { allItems, compareVersions } from "./checklist-lookup";
import { sameText } from "./localized";

/**
 * What a version's declarations say wrong about the version before it: every old item is kept or retired by
 * a change, every new one declared, every changed question declared, and no retired id forgotten. One file's
 * own consistency is the schema's (declarationProblems); this needs both.
 */
export function versionProblems(previous: Checklist, next: Checklist): string[] {
  const before = new Map(allItems(previous).map((item) => [item.id, item]));
  const after = new Map(allItems(next).map((item) => [item.id, item]));
  const changes = next.changes?.items ?? [];
  const problems: string[] = [];
  if (next.changes?.from !== previous.version) {
    problems.push(
      `changes.from is "${next.changes?.from ?? ""}", the previous version is ${previous.version}`,
    );
  }
  const retired = new Set(changes.flatMap(retiredBy));
  const named = new Set(changes.flatMap(itemsNamedBy));
  const textDeclared = new Set(
    changes.flatMap((change) =>
      change.change === "reworded" || change.change === "changedMeaning" ? [change.item] : [],
    ),
  );
  for (const change of changes) {
    for (const id of oldItemsNamedBy(change)) {
      if (!before.has(id)) problems.push(`${change.change} "${id}": no such item in ${previous.version}`);
    }
    for (const id of newItemsNamedBy(change)) {
      if (before.has(id)) problems.push(`${change.change} "${id}": already an item of ${previous.version}`);
    }
  }
  for (const [id, item] of before) {
    const kept = after.get(id);
    if (kept === undefined && !retired.has(id)) {
      problems.push(`"${id}" of ${previous.version} is gone without a split, merge or removal declared`);
    }
    if (kept !== undefined && !sameText(kept.text, item.text) && !textDeclared.has(id)) {
      problems.push(`"${id}": its text changed; declare it reworded or changedMeaning`);
    }
  }
  for (const id of after.keys()) {
    if (!before.has(id) && !named.has(id))
      problems.push(`"${id}" is new in ${next.version} but not declared`);
  }
  const retiredNow = new Set(next.retiredIds ?? []);
  for (const id of previous.retiredIds ?? []) {
    if (!retiredNow.has(id))
      problems.push(`retired id "${id}" of ${previous.version} is missing from retiredIds`);
  }
  return problems;
}

/** The version of the same checklist just before `checklist` among `checklists`, if there is one. */
export function previousVersion(
  checklists: readonly Checklist[],
  checklist: Checklist,
): Checklist | undefined {
  return checklists
    .filter((other) => other.id === checklist.id && compareVersions(other.version, checklist.version) < 0)
    .sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** A version among others: the first needs no declarations, every later one declares the one before it. */
export function versionProblemsIn(checklists: readonly Checklist[], checklist: Checklist): string[] {
  const previous = previousVersion(checklists, checklist);
  if (previous === undefined) return [];
  if (checklist.changes === undefined) {
    return [
      `declares no changes from ${previous.version}; every later version must (see checklists/README.md)`,
    ];
  }
  return versionProblems(previous, checklist);
}
