import type { ImportMessage, ImportRequest, ImportResponse } from "./import-files";
import { type ImportOutcome, readImportFiles } from "./read-import-file";

/** How often the page hears of progress: each message costs the page a copy of its assessments and a render. */
export const BATCH_MS = 50;

/**
 * The worker's side of an import: reads the request's files and posts their outcomes in order, batched to at
 * most one message per `batchMs`, then "done" (or "failed" after what was read).
 */
export async function answerImportRequest(
  { files, checklists }: ImportRequest,
  post: (response: ImportResponse) => void,
  batchMs = BATCH_MS,
): Promise<void> {
  let batch: ImportOutcome[] = [];
  let count = 0;
  let sentAt = performance.now();
  const send = () => {
    if (count > 0) post({ kind: "files", count, outcomes: batch });
    batch = [];
    count = 0;
    sentAt = performance.now();
  };
  try {
    await readImportFiles(files, checklists, (outcomes) => {
      batch.push(...outcomes);
      count += 1;
      if (performance.now() - sentAt >= batchMs) send();
    });
    send();
    post({ kind: "done" });
  } catch (error) {
    send();
    post({ kind: "failed", message: String(error) });
  }
}

/** The worker's receiving end: gathers the files as their slices come, and reads them all on "read". */
export function importReceiver(post: (response: ImportResponse) => void, batchMs = BATCH_MS) {
  const files: File[] = [];
  return (message: ImportMessage): void => {
    if (message.kind === "files") files.push(...message.files);
    else void answerImportRequest({ files, checklists: message.checklists }, post, batchMs);
  };
}
