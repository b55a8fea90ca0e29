import type { Checklist } from "../domain/checklist";
import { type ChecklistRegistry, findChecklist, latestChecklist } from "../domain/registry-lookup";
import { useAppStore } from "./app-store";
import { nextTask } from "./next-task";

// Each checklist is its own chunk (~24 KB gzip): the start page renders while it loads.
const bundled = import.meta.glob<unknown>("/checklists/*/[0-9]*.json", { import: "default" });

export async function loadBundledChecklists(): Promise<ChecklistRegistry> {
  // The schema that validates them loads with them, not with the first screen.
  const { checkBundledFile, registryFromResults } = await import("../domain/checklist-registry");
  const results = [];
  // One file per task: validating every shipped version in one go would hold the main thread.
  for (const [file, load] of Object.entries(bundled)) {
    const data = await load();
    await nextTask();
    results.push(checkBundledFile(file, data));
  }
  return registryFromResults(results);
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
