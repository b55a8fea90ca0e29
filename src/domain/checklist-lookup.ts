// Apart from the schema, so code that only finds and reads checklists does not load it.
import type { Checklist, ChecklistRef, Item } from "./checklist";

export function checklistRef(checklist: Checklist): ChecklistRef {
  return { id: checklist.id, version: checklist.version };
}

/** The checklist with exactly this id and version, if it is among `checklists`. */
export function checklistFor(ref: ChecklistRef, checklists: readonly Checklist[]): Checklist | undefined {
  return checklists.find((checklist) => checklist.id === ref.id && checklist.version === ref.version);
}

/** Orders semantic versions by number, so 1.10.0 comes after 1.9.0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function allItems(checklist: Checklist): Item[] {
  return checklist.themes.flatMap((theme) => theme.items);
}

export function itemIds(checklist: Checklist): Set<string> {
  return new Set(allItems(checklist).map((item) => item.id));
}
