import type { Checklist } from "../domain/checklist";
import { nextTask } from "./next-task";
import { type ImportOutcome, readImportFiles } from "./read-import-file";

export type { ImportOutcome } from "./read-import-file";

export interface ImportRequest {
  files: readonly File[];
  checklists: readonly Checklist[];
}

/**
 * The page's messages to the worker: the files in slices, then the checklists to read them against. Handing
 * the worker hundreds of files in one message held the page for a long task (each file is copied as a handle).
 */
export type ImportMessage =
  | { kind: "files"; files: readonly File[] }
  | { kind: "read"; checklists: readonly Checklist[] };

/** Files per message: each copy takes a fraction of a millisecond, so a slice stays well within one frame. */
export const FILES_PER_MESSAGE = 20;

export type ImportResponse =
  /** The outcomes of the next `count` files, in order. */
  | { kind: "files"; count: number; outcomes: ImportOutcome[] }
  | { kind: "done" }
  | { kind: "failed"; message: string };

export interface ImportOptions {
  /** As files are done (after each, or a batch of them): how many of the files are done, of how many. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** jsdom has no Worker: tests, and any browser without one, read in the page with the same function. */
function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./import-files.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/**
 * Reads the files (the user's picks, a folder, a drop) against the shipped checklists in a Web Worker, so the
 * page stays responsive: each gives one outcome, a workshop archive one per entry, in the files' order. One
 * bad file never stops the others. Cancelling (`signal`) stops at once, ending the worker, and resolves with
 * the outcomes of the files done so far (it never rejects). If the worker cannot run, the rest is read here.
 */
export function importFiles(
  files: readonly File[],
  checklists: readonly Checklist[],
  options: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const { onProgress, signal } = options;
  const outcomes: ImportOutcome[] = [];
  let done = 0;
  const onFiles = (fileOutcomes: ImportOutcome[], count = 1) => {
    outcomes.push(...fileOutcomes);
    done += count;
    onProgress?.(done, files.length);
  };
  const inPage = async (): Promise<ImportOutcome[]> => {
    await readImportFiles(files.slice(done), checklists, (fileOutcomes) => onFiles(fileOutcomes), signal);
    return outcomes;
  };
  const worker = signal?.aborted ? null : startWorker();
  if (worker === null) return inPage();
  return new Promise((resolve) => {
    const finish = (result: ImportOutcome[] | Promise<ImportOutcome[]>) => {
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
      resolve(result);
    };
    const onAbort = () => finish(outcomes);
    signal?.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const response = event.data;
      if (response.kind === "files") onFiles(response.outcomes, response.count);
      else if (response.kind === "done") finish(outcomes);
      else finish(inPage());
    };
    // The worker script did not load or crashed: what it has not done is read in the page instead.
    worker.onerror = () => finish(inPage());
    const post = (message: ImportMessage) => worker.postMessage(message);
    void (async () => {
      for (let start = 0; start < files.length; start += FILES_PER_MESSAGE) {
        if (start > 0) await nextTask();
        if (signal?.aborted) return;
        post({ kind: "files", files: files.slice(start, start + FILES_PER_MESSAGE) });
      }
      post({ kind: "read", checklists });
    })();
  });
}
