import { useEffect, useState } from "react";

/**
 * The start page imports and then navigates to the details page, which says the import worked.
 * A module variable carries the file name across, because the message is for one page view only
 * and does not belong in the persisted store.
 */
let pendingFileName: string | null = null;

export function announceImport(fileName: string): void {
  pendingFileName = fileName;
}

/** The imported file's name on the first page view after an import, otherwise null. */
export function useImportNotice(): string | null {
  // Read in the initialiser and clear in an effect: StrictMode may call the initialiser twice.
  const [fileName] = useState(() => pendingFileName);
  useEffect(() => {
    pendingFileName = null;
  }, []);
  return fileName;
}
