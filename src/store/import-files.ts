import type { Checklist } from "../domain/checklist";
import { type ImportOutcome, readImportFiles } from "./read-import-file";

export type { ImportOutcome } from "./read-import-file";

export interface ImportRequest {
  files: readonly File[];
  checklists: readonly Checklist[];
}

export type ImportResponse =
  | { kind: "file"; index: number; outcomes: ImportOutcome[] }
  | { kind: "done" }
  | { kind: "failed"; message: string };

export interface ImportOptions {
  /** After each file: how many of the files are done, of how many. */
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
  const onFile = (fileOutcomes: ImportOutcome[]) => {
    outcomes.push(...fileOutcomes);
    done += 1;
    onProgress?.(done, files.length);
  };
  const inPage = async (): Promise<ImportOutcome[]> => {
    await readImportFiles(files.slice(done), checklists, onFile, signal);
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
      if (response.kind === "file") onFile(response.outcomes);
      else if (response.kind === "done") finish(outcomes);
      else finish(inPage());
    };
    // The worker script did not load or crashed: what it has not done is read in the page instead.
    worker.onerror = () => finish(inPage());
    worker.postMessage({ files, checklists } satisfies ImportRequest);
  });
}
