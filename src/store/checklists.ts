import type { Checklist } from "../domain/checklist";
import { type ChecklistRegistry, findChecklist, latestChecklist } from "../domain/registry-lookup";
import { useAppStore } from "./app-store";

// Each checklist is its own chunk (~24 KB gzip): the start page renders while it loads.
const bundled = import.meta.glob<unknown>("/checklists/*/[0-9]*.json", { import: "default" });

export async function loadBundledChecklists(): Promise<ChecklistRegistry> {
  // The schema that validates them loads with them, not with the first screen.
  const { buildRegistry } = await import("../domain/checklist-registry");
  const entries = await Promise.all(
    Object.entries(bundled).map(async ([file, load]) => [file, await load()] as const),
  );
  return buildRegistry(Object.fromEntries(entries));
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
