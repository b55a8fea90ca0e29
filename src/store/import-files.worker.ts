import { importReceiver } from "./import-batches";
import type { ImportMessage } from "./import-files";

/** Reads, validates and expands the files off the main thread. */
const receive = importReceiver((response) => self.postMessage(response));
self.onmessage = (event: MessageEvent<ImportMessage>) => receive(event.data);
