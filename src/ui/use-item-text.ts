import { itemInAnyVersion } from "../domain/registry-lookup";
import { useAppStore } from "../store/app-store";
import { useChecklistRegistry } from "../store/checklists";

/** An item's text in the user's language, from whichever version has it; the id for one no version has. */
export function useItemText(checklistId: string): (itemId: string) => string {
  const registry = useChecklistRegistry();
  const language = useAppStore((state) => state.language);
  return (itemId) => itemInAnyVersion(registry, checklistId, itemId)?.text[language] ?? itemId;
}
