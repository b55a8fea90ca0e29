import type { Checklist, Item } from "./checklist";
import { itemsNamedBy, retiredBy } from "./checklist-changes";
import { allItems } from "./checklist-lookup";
import { migrationPath } from "./checklist-migration";
import { type LocalizedText, sameText } from "./localized";

/** `version` is the one that declared the change; a change found by comparing the two files has none. */
export type ChecklistDifference = { version?: string } & (
  | { kind: "added"; item: string }
  | { kind: "removed"; item: string; why?: LocalizedText }
  /** `part` says which text changed: the question, or only its help. */
  | { kind: "reworded"; item: string; part: "text" | "help"; before: LocalizedText; after: LocalizedText }
  | { kind: "changedMeaning"; item: string; why: LocalizedText; before: LocalizedText; after: LocalizedText }
  | { kind: "split"; from: string; into: string[] }
  | { kind: "merged"; from: string[]; into: string }
  | { kind: "moved"; item: string; fromTheme: string; toTheme: string }
  | { kind: "reweighted"; item: string; before: number; after: number }
);

interface Placed {
  item: Item;
  theme: string;
}

function placed(checklist: Checklist): Map<string, Placed> {
  return new Map(
    checklist.themes.flatMap((theme) =>
      theme.items.map((item) => [item.id, { item, theme: theme.id }] as const),
    ),
  );
}

function itemIn(id: string, checklists: readonly Checklist[]): Item | undefined {
  for (const checklist of checklists) {
    const found = allItems(checklist).find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The question before and after, or its help when only the help changed. */
function wording(before: Item, after: Item) {
  return sameText(before.text, after.text) && !sameText(before.help, after.help)
    ? { part: "help" as const, before: before.help, after: after.help }
    : { part: "text" as const, before: before.text, after: after.text };
}

function textsAcross(id: string, previous: Checklist, next: Checklist) {
  const before = itemIn(id, [previous]);
  const after = itemIn(id, [next]);
  return before && after ? wording(before, after) : undefined;
}

/**
 * What changed from `a` to `b`: the declarations of every version between them when `b` is a later version of
 * `a` (found in `versions`), and what comparing the two files shows besides (moves between themes, new weights,
 * and, between unrelated files, items only one has and texts that differ).
 */
export function diffChecklists(
  a: Checklist,
  b: Checklist,
  versions: readonly Checklist[],
): ChecklistDifference[] {
  const path = migrationPath(a, b, versions) ?? [];
  const before = placed(a);
  const after = placed(b);
  const differences: ChecklistDifference[] = [];
  const accounted = new Set<string>();
  let previous = a;
  for (const step of path) {
    const version = step.version;
    for (const change of step.changes?.items ?? []) {
      for (const id of [...retiredBy(change), ...itemsNamedBy(change)]) accounted.add(id);
      switch (change.change) {
        case "reworded": {
          const texts = textsAcross(change.item, previous, step);
          if (texts) differences.push({ kind: "reworded", item: change.item, version, ...texts });
          break;
        }
        case "changedMeaning": {
          const texts = textsAcross(change.item, previous, step);
          if (texts) {
            const { before, after } = texts;
            differences.push({
              kind: "changedMeaning",
              item: change.item,
              why: change.why,
              version,
              before,
              after,
            });
          }
          break;
        }
        case "removed":
          differences.push({ kind: "removed", item: change.item, why: change.why, version });
          break;
        case "added":
          differences.push({ kind: "added", item: change.item, version });
          break;
        case "split":
          differences.push({ kind: "split", from: change.from, into: change.into, version });
          break;
        case "merged":
          differences.push({ kind: "merged", from: change.from, into: change.into, version });
          break;
      }
    }
    previous = step;
  }
  for (const [id, old] of before) {
    const now = after.get(id);
    if (now === undefined) {
      if (!accounted.has(id)) differences.push({ kind: "removed", item: id });
      continue;
    }
    const changedWords = !sameText(old.item.text, now.item.text) || !sameText(old.item.help, now.item.help);
    if (!accounted.has(id) && changedWords)
      differences.push({ kind: "reworded", item: id, ...wording(old.item, now.item) });
    if (old.theme !== now.theme)
      differences.push({ kind: "moved", item: id, fromTheme: old.theme, toTheme: now.theme });
    if (old.item.weight !== now.item.weight) {
      differences.push({ kind: "reweighted", item: id, before: old.item.weight, after: now.item.weight });
    }
  }
  for (const id of after.keys()) {
    if (!before.has(id) && !accounted.has(id)) differences.push({ kind: "added", item: id });
  }
  return differences;
}

/** The text of an item either checklist (or a version between them) has, for showing a difference. */
export function differenceItemText(
  id: string,
  a: Checklist,
  b: Checklist,
  versions: readonly Checklist[],
): LocalizedText | undefined {
  return itemIn(id, [b, a, ...versions])?.text;
}
