import type { Assessment } from "../domain/assessment";
import { assessmentFileName, toAssessmentFile } from "../domain/assessment-file";

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

/** The assessment as the file the user keeps and can load again. */
export function downloadAssessmentFile(assessment: Assessment): void {
  downloadTextFile(assessmentFileName(assessment), JSON.stringify(toAssessmentFile(assessment), null, 2));
}
