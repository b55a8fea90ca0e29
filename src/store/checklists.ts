import { type Checklist, ChecklistSchema, compareVersions } from "../domain/checklist";
import { type Problem, parseWith } from "../domain/problems";
import { useAppStore } from "./app-store";

export interface ChecklistLoadError {
  file: string;
  problems: Problem[];
}

export interface ChecklistRegistry {
  checklists: Checklist[];
  errors: ChecklistLoadError[];
}

/** Validates every bundled checklist; an invalid one is reported, never used. */
export function buildRegistry(files: Record<string, unknown>): ChecklistRegistry {
  const registry: ChecklistRegistry = { checklists: [], errors: [] };
  for (const [file, data] of Object.entries(files)) {
    const result = parseWith(ChecklistSchema, data);
    if (result.ok) registry.checklists.push(result.value);
    else registry.errors.push({ file: file.replace(/^\//, ""), problems: result.problems });
  }
  return registry;
}

// Each checklist is its own chunk (~24 KB gzip): the start page renders while it loads.
const bundled = import.meta.glob<unknown>("/checklists/*/[0-9]*.json", { import: "default" });

export async function loadBundledChecklists(): Promise<ChecklistRegistry> {
  const entries = await Promise.all(
    Object.entries(bundled).map(async ([file, load]) => [file, await load()] as const),
  );
  return buildRegistry(Object.fromEntries(entries));
}

export function latestChecklist(registry: ChecklistRegistry | null): Checklist | null {
  return (registry?.checklists ?? []).reduce<Checklist | null>(
    (latest, c) => (!latest || compareVersions(c.version, latest.version) > 0 ? c : latest),
    null,
  );
}

export function findChecklist(
  registry: ChecklistRegistry | null,
  id: string,
  version: string,
): Checklist | null {
  return registry?.checklists.find((c) => c.id === id && c.version === version) ?? null;
}

/** Null until the bundled checklists have loaded. */
export function useChecklistRegistry(): ChecklistRegistry | null {
  return useAppStore((state) => state.checklistRegistry);
}

export function useLatestChecklist(): Checklist | null {
  return latestChecklist(useChecklistRegistry());
}

/** The checklist the saved assessment answers, or the newest shipped one before an assessment exists. */
export function useActiveChecklist(): Checklist | null {
  const registry = useChecklistRegistry();
  const ref = useAppStore((state) => state.assessment?.checklist);
  return ref ? findChecklist(registry, ref.id, ref.version) : latestChecklist(registry);
}
