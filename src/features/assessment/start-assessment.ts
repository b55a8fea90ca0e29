import { checklistRef } from "../../domain/checklist-lookup";
import { latestChecklist } from "../../domain/registry-lookup";
import { useAppStore } from "../../store/app-store";

/**
 * A new assessment always answers the newest shipped checklist, even when the saved one it replaces
 * answered an older version.
 */
export function startNewAssessment(): void {
  const checklist = latestChecklist(useAppStore.getState().checklistRegistry);
  if (checklist) useAppStore.getState().startAssessment(checklistRef(checklist));
}
