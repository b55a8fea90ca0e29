import { checklistRef } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { checklistRegistry, latestChecklist } from "../../store/checklists";

/**
 * A new assessment always answers the newest shipped checklist, even when the saved one it replaces
 * answered an older version.
 */
export function startNewAssessment(): void {
  const checklist = latestChecklist(checklistRegistry);
  if (checklist) useAppStore.getState().startAssessment(checklistRef(checklist));
}
