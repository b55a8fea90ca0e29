import { useCallback, useRef, useState } from "react";
import { useAppStore } from "../store/app-store";
import { type ImportOutcome, importFiles } from "../store/import-files";

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportRun {
  outcomes: ImportOutcome[];
  /** The user stopped it; `outcomes` holds the files read until then. */
  isCancelled: boolean;
}

/**
 * Reads files in the worker against the shipped checklists, with progress and cancel (the workshop's files,
 * the associations' answers). The progress reaches React at most once a frame,
 * however fast the worker reports, so a big import never floods the main thread with renders.
 */
export function useFileImport() {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(async (files: readonly File[]): Promise<ImportRun> => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ done: 0, total: files.length });
    let frame = 0;
    let latest: ImportProgress = { done: 0, total: files.length };
    const onProgress = (done: number, total: number) => {
      latest = { done, total };
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          setProgress(latest);
        });
      }
    };
    const checklists = useAppStore.getState().checklistRegistry?.checklists ?? [];
    try {
      const outcomes = await importFiles(files, checklists, { onProgress, signal: abort.signal });
      return { outcomes, isCancelled: abort.signal.aborted };
    } catch (error) {
      if (abort.signal.aborted) return { outcomes: [], isCancelled: true };
      throw error;
    } finally {
      cancelAnimationFrame(frame);
      controller.current = null;
      setProgress(null);
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, run, cancel };
}
