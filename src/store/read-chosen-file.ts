import type { Assessment } from "../domain/assessment";
import { type ImportedAssessment, readAssessmentBytes, wholeAssessment } from "../domain/assessment-file";
import { fileSizeProblem } from "../domain/file-text";
import type { ParseResult } from "../domain/problems";
import { useAppStore } from "./app-store";

/**
 * Reads a file the user picked against the shipped checklists: an assessment file or a stored-state backup,
 * keeping its valid entries and naming the others. A file over the size limit is refused before it is read;
 * an unreadable file becomes a problem like any other, so callers show one kind of error.
 */
export async function readChosenFile(file: File): Promise<ParseResult<ImportedAssessment>> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    const checklists = useAppStore.getState().checklistRegistry?.checklists ?? [];
    return readAssessmentBytes(new Uint8Array(await file.arrayBuffer()), checklists);
  } catch (error) {
    return { ok: false, problems: [{ path: "", code: "invalid", detail: (error as Error).message }] };
  }
}

/** For the comparison, which takes a file whole or not at all. */
export async function readChosenAssessmentFile(file: File): Promise<ParseResult<Assessment>> {
  return wholeAssessment(await readChosenFile(file));
}
