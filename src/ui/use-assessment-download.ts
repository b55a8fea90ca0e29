import { useState } from "react";
import { useAppStore } from "../store/app-store";
import { downloadAssessmentFile } from "./download";

/** Saves the open assessment as a file and keeps the file's name, for a live region to confirm it. */
export function useAssessmentDownload(): { download: () => void; fileName: string | null } {
  const [fileName, setFileName] = useState<string | null>(null);
  const download = () => {
    // Read at click time, so the caller does not re-render on every answer.
    const assessment = useAppStore.getState().assessment;
    if (!assessment) return;
    // Cleared first, so that saving the same file again is announced again.
    setFileName(null);
    void downloadAssessmentFile(assessment).then(setFileName);
  };
  return { download, fileName };
}
