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
    const result = readAssessmentBytes(new Uint8Array(await file.arrayBuffer()), checklists);
    return result.ok ? { ok: true, value: await withOfficialCode(result.value) } : result;
  } catch (error) {
    return { ok: false, problems: [{ path: "", code: "invalid", detail: (error as Error).message }] };
  }
}

/**
 * Files from before format 3 carry only the name: an official name gets its code. A code the file already has
 * is kept. The classification loads here, not with the first screen.
 */
async function withOfficialCode(imported: ImportedAssessment): Promise<ImportedAssessment> {
  const { meta } = imported.assessment;
  if (meta.municipalityCode !== undefined) return imported;
  const { withMunicipalityCode } = await import("../domain/municipalities");
  return { ...imported, assessment: { ...imported.assessment, meta: withMunicipalityCode(meta) } };
}

/** For the comparison, which takes a file whole or not at all. */
export async function readChosenAssessmentFile(file: File): Promise<ParseResult<Assessment>> {
  return wholeAssessment(await readChosenFile(file));
}
