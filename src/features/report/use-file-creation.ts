import { useCallback, useRef, useState } from "react";
import { downloadBlob } from "../../ui/download";
import { isCodeLoadFailure } from "../../ui/page-load-error";

export type CreationStatus =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; fileName: string }
  | { kind: "failed" }
  /** The PDF or Word code, or the PDF's fonts, did not arrive (offline before the service worker had them). */
  | { kind: "notLoaded" };

/**
 * One report file at a time, PDF or Word: makes it, downloads it and says how it went. `measure` names a performance measure
 * from the click to the finished file, for the bench.
 */
export function useFileCreation() {
  const [status, setStatus] = useState<CreationStatus>({ kind: "idle" });
  const isWorking = useRef(false);
  const run = useCallback(async (make: () => Promise<{ blob: Blob; fileName: string }>, measure?: string) => {
    if (isWorking.current) return;
    isWorking.current = true;
    const start = performance.now();
    setStatus({ kind: "working" });
    try {
      const { blob, fileName } = await make();
      downloadBlob(fileName, blob);
      if (measure) performance.measure(measure, { start });
      setStatus({ kind: "done", fileName });
    } catch (error) {
      // The user sees a message in their language; the details are for whoever opens the console.
      console.error(error);
      setStatus({ kind: isCodeLoadFailure(error) ? "notLoaded" : "failed" });
    } finally {
      isWorking.current = false;
    }
  }, []);
  return { status, run };
}
