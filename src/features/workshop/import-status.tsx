import type { Workshop } from "../../domain/workshop";
import { DuplicateChoices } from "./duplicate-choices";
import { ImportProgress } from "./import-progress";
import { ImportReport } from "./import-report";
import type { useMemberImport } from "./use-member-import";

interface ImportStatusProps {
  state: ReturnType<typeof useMemberImport>;
  /** The workshop as stored now, for the duplicates' saved file names; the import's own when omitted. */
  workshop?: Workshop | null;
}

/** While reading: the progress; after: the report, and the duplicates' questions until answered. */
export function ImportStatus({ state, workshop }: ImportStatusProps) {
  const { progress, cancel, result, isSettled, settle } = state;
  const target = workshop ?? result?.workshop ?? null;
  return (
    <>
      {progress && <ImportProgress progress={progress} onCancel={cancel} />}
      {result && (
        <ImportReport
          sorted={result.sorted}
          total={result.total}
          isCancelled={result.isCancelled}
          isUnsaved={result.isUnsaved}
          areDuplicatesSettled={isSettled}
        />
      )}
      {result && target && !isSettled && (
        <DuplicateChoices workshop={target} duplicates={result.sorted.duplicates} onDone={settle} />
      )}
    </>
  );
}
