import { answerImportRequest } from "./import-batches";
import type { ImportRequest } from "./import-files";

/** Reads, validates and expands the files off the main thread. */
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void answerImportRequest(event.data, (response) => self.postMessage(response));
};
