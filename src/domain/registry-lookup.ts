import type { Checklist, Item } from "./checklist";
import { allItems, checklistFor, compareVersions } from "./checklist-lookup";
import type { Problem } from "./problems";

/**
 * Every checklist the app or a tool knows, each validated once: the store builds it from the bundled files,
 * the command-line tools from a folder, the tests from either. Pure, so all three read it the same way.
 */
export interface ChecklistRegistry {
  /** Valid checklists only; an invalid file is in `errors` and never used. */
  readonly checklists: readonly Checklist[];
  readonly errors: readonly ChecklistLoadError[];
}

export interface ChecklistLoadError {
  file: string;
  problems: Problem[];
}

/** The versions of one checklist, newest first by semantic version (1.10.0 after 1.9.0). */
export function checklistVersions(registry: ChecklistRegistry | null, id: string): Checklist[] {
  return (registry?.checklists ?? [])
    .filter((checklist) => checklist.id === id)
    .sort((a, b) => compareVersions(b.version, a.version));
}

export function findChecklist(
  registry: ChecklistRegistry | null,
  id: string,
  version: string,
): Checklist | null {
  return checklistFor({ id, version }, registry?.checklists ?? []) ?? null;
}

/**
 * The newest version of `id`, or of any shipped checklist when no id is given (an adapted one is chosen by its
 * id, never by default); null when there is none.
 */
export function latestChecklist(registry: ChecklistRegistry | null, id?: string): Checklist | null {
  return (registry?.checklists ?? []).reduce<Checklist | null>(
    (latest, c) =>
      (id === undefined ? !c.adaptation : c.id === id) &&
      (!latest || compareVersions(c.version, latest.version) > 0)
        ? c
        : latest,
    null,
  );
}

/** The version asked for if it is there, else the newest: item ids are stable, so answers still match. */
export function findChecklistOrLatest(
  registry: ChecklistRegistry | null,
  id: string,
  version: string,
): Checklist | null {
  return findChecklist(registry, id, version) ?? latestChecklist(registry, id);
}

/** An item as the newest version having it words it: for answers kept from items a later version retired. */
export function itemInAnyVersion(
  registry: ChecklistRegistry | null,
  checklistId: string,
  itemId: string,
): Item | null {
  for (const checklist of checklistVersions(registry, checklistId)) {
    const item = allItems(checklist).find((candidate) => candidate.id === itemId);
    if (item) return item;
  }
  return null;
}

/** The shipped checklists and the adapted ones kept in the browser; a kept one never replaces a shipped one. */
export function withAdapted(shipped: ChecklistRegistry, adapted: readonly Checklist[]): ChecklistRegistry {
  const taken = new Set(shipped.checklists.map((checklist) => `${checklist.id}@${checklist.version}`));
  return {
    checklists: [
      ...shipped.checklists,
      ...adapted.filter((checklist) => !taken.has(`${checklist.id}@${checklist.version}`)),
    ],
    errors: shipped.errors,
  };
}
