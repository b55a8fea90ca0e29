import type { Assessment } from "../domain/assessment";
import { readAssessmentFile } from "../domain/assessment-file";
import type { ParseResult } from "../domain/problems";
import { useAppStore } from "./app-store";

/**
 * Reads a file the user picked as an assessment against the shipped checklists. An unreadable file
 * becomes a problem like any other, so callers show one kind of error.
 */
export async function readChosenAssessmentFile(file: File): Promise<ParseResult<Assessment>> {
  try {
    const checklists = useAppStore.getState().checklistRegistry?.checklists ?? [];
    return readAssessmentFile(await file.text(), checklists);
  } catch (error) {
    return { ok: false, problems: [{ path: "", code: "invalid", detail: (error as Error).message }] };
  }
}
