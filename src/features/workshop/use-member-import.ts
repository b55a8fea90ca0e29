import { useState } from "react";
import type { Assessment } from "../../domain/assessment";
import type { Workshop } from "../../domain/workshop";
import type { ImportOutcome } from "../../store/import-files";
import { useWorkshopStore } from "../../store/workshops";
import { useFileImport } from "../../ui/use-file-import";
import { type SortedOutcomes, sortOutcomes } from "./sort-outcomes";

export interface ImportTarget {
  /** What the workshop holds already, for the duplicate check. */
  saved: readonly Assessment[];
  /** The workshop to add to, made if need be; null when it could not be (the store has said why). */
  open: () => Promise<Workshop | null>;
}

export interface MemberImportResult {
  sorted: SortedOutcomes;
  /** Files chosen; fewer were read when the import was cancelled. */
  total: number;
  isCancelled: boolean;
  /** The new members could not be written: the store shows why, and nothing was added. */
  isUnsaved: boolean;
  /** Where they went; null when nothing in the files could be used, or the workshop could not be made. */
  workshop: Workshop | null;
}

/** The store resolves a failed write after showing it, and clears the problem on the next good one. */
const hasWriteFailed = () =>
  useWorkshopStore.getState().problems.some((problem) => problem.kind === "writeFailed");

/**
 * Reads files into a workshop: the new members are saved in one write, the duplicates wait for the user's
 * word (DuplicateChoices), refused files are reported. The list page's archive import and the workshop page's
 * file import differ only in their target.
 */
export function useMemberImport() {
  const addMembers = useWorkshopStore((state) => state.addMembers);
  const { progress, run, cancel } = useFileImport();
  const [result, setResult] = useState<MemberImportResult | null>(null);
  const [isSettled, setIsSettled] = useState(false);
  const importMembers = async (
    files: readonly File[],
    target: (outcomes: readonly ImportOutcome[]) => ImportTarget,
  ) => {
    setResult(null);
    const { outcomes, isCancelled } = await run(files);
    // Taken after reading, so members saved meanwhile count in the duplicate check.
    const { saved, open } = target(outcomes);
    const sorted = sortOutcomes(saved, outcomes, new Date());
    const isUsable = sorted.accepted.length > 0 || sorted.duplicates.length > 0;
    const workshop = isUsable ? await open() : null;
    if (workshop && sorted.accepted.length > 0) {
      await addMembers(
        workshop.id,
        sorted.accepted.map(({ member }) => member),
      );
    }
    const isUnsaved = isUsable && (workshop === null || (sorted.accepted.length > 0 && hasWriteFailed()));
    setIsSettled(isUnsaved || sorted.duplicates.length === 0);
    setResult({ sorted, total: files.length, isCancelled, isUnsaved, workshop });
  };
  return { progress, cancel, result, isSettled, settle: () => setIsSettled(true), importMembers };
}
