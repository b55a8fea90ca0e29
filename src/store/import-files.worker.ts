import type { ImportRequest, ImportResponse } from "./import-files";
import { readImportFiles } from "./read-import-file";

/** Reads, validates and expands the files off the main thread; one message per file, in order. */
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { files, checklists } = event.data;
  const post = (response: ImportResponse) => self.postMessage(response);
  readImportFiles(files, checklists, (outcomes, index) => post({ kind: "file", index, outcomes })).then(
    () => post({ kind: "done" }),
    (error: unknown) => post({ kind: "failed", message: String(error) }),
  );
};
