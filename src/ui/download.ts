import type { Assessment } from "../domain/assessment";

/** Saves a file through the browser's own download; nothing leaves the machine. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadTextFile(fileName: string, text: string, type = "application/json"): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * The assessment as the file the user keeps and can load again; the file code loads on the first click.
 * Resolves to the file's name.
 */
export async function downloadAssessmentFile(assessment: Assessment): Promise<string> {
  const { assessmentFileName, toAssessmentFile } = await import("../domain/assessment-file");
  const fileName = assessmentFileName(assessment);
  downloadTextFile(fileName, JSON.stringify(toAssessmentFile(assessment), null, 2));
  return fileName;
}
