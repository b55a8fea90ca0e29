import { useState } from "react";
import type { Workshop } from "../../domain/workshop";
import { useWorkshopStore } from "../../store/workshops";
import { AddFiles } from "./add-files";
import { DuplicateChoices } from "./duplicate-choices";
import { ImportProgress } from "./import-progress";
import { ImportReport } from "./import-report";
import { type SortedOutcomes, sortOutcomes } from "./sort-outcomes";
import { useFileImport } from "./use-file-import";

interface Result {
  sorted: SortedOutcomes;
  total: number;
  isCancelled: boolean;
}

/**
 * Adding files: read in the worker, new members saved in one write, duplicates left for the user to settle.
 * The progress lives here, so its ticks redraw this section only, never the regional view.
 */
export function ImportSection({ workshop }: { workshop: Workshop }) {
  const addMembers = useWorkshopStore((state) => state.addMembers);
  const { progress, run, cancel } = useFileImport();
  const [result, setResult] = useState<Result | null>(null);
  const [isSettled, setIsSettled] = useState(false);
  const onFiles = async (files: File[]) => {
    setResult(null);
    const { outcomes, isCancelled } = await run(files);
    const saved = useWorkshopStore.getState().workshop?.members ?? workshop.members;
    const sorted = sortOutcomes(
      saved.map((member) => member.assessment),
      outcomes,
      new Date(),
    );
    if (sorted.accepted.length > 0) {
      await addMembers(
        workshop.id,
        sorted.accepted.map(({ member }) => member),
      );
    }
    setIsSettled(sorted.duplicates.length === 0);
    setResult({ sorted, total: files.length, isCancelled });
  };
  return (
    <>
      <AddFiles onFiles={onFiles} isBusy={progress !== null} />
      {progress && <ImportProgress progress={progress} onCancel={cancel} />}
      {result && (
        <ImportReport sorted={result.sorted} total={result.total} isCancelled={result.isCancelled} />
      )}
      {result && !isSettled && (
        <DuplicateChoices
          workshop={workshop}
          duplicates={result.sorted.duplicates}
          onDone={() => setIsSettled(true)}
        />
      )}
    </>
  );
}
