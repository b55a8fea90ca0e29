import { useCallback, useEffect, useState } from "react";
import type { Assessment } from "../../domain/assessment";
import type { Problem } from "../../domain/problems";
import {
  duplicateOf,
  municipalityKey,
  type Workshop,
  type WorkshopMember,
  workshopMember,
} from "../../domain/workshop";
import type { ImportOutcome } from "../../store/import-files";
import { useWorkshopStore } from "../../store/workshops";
import { useFileImport } from "../../ui/use-file-import";

/** What became of one picked file. */
export type FileResult =
  | {
      sourceName: string;
      kind: "accepted";
      dropped: Problem[];
      isOtherMunicipality: boolean;
      /** A newer save of an association's assessment already kept: it takes the older one's place. */
      isUpdate: boolean;
    }
  | { sourceName: string; kind: "rejected"; problems: Problem[] }
  | { sourceName: string; kind: "notAssociation" | "duplicate" };

/** The one file judged against the set it joins: only associations' answers, each once. */
function judge(
  outcome: ImportOutcome,
  own: Assessment,
  kept: readonly Assessment[],
): { result: FileResult; member?: WorkshopMember } {
  const { sourceName } = outcome;
  if (!outcome.ok) return { result: { sourceName, kind: "rejected", problems: outcome.problems } };
  const { assessment } = outcome;
  if (assessment.meta.respondentRole !== "association")
    return { result: { sourceName, kind: "notAssociation" } };
  const duplicate = duplicateOf(kept, assessment);
  const older = kept.find((other) => other.id === duplicate?.existingId);
  const isUpdate = older !== undefined && assessment.updatedAt > older.updatedAt;
  if (duplicate && !isUpdate) return { result: { sourceName, kind: "duplicate" } };
  const isOtherMunicipality =
    municipalityKey(assessment.meta) !== municipalityKey(own.meta) || assessment.meta.year !== own.meta.year;
  return {
    result: { sourceName, kind: "accepted", dropped: outcome.dropped, isOtherMunicipality, isUpdate },
    member: workshopMember(sourceName, assessment, new Date()),
  };
}

export interface AssociationAnswers {
  /** Null while loading and before the first file. */
  workshop: Workshop | null;
  isLoading: boolean;
  progress: { done: number; total: number } | null;
  results: FileResult[];
  /** The picked files could not be kept (a full disk, say); what was stored before is unchanged. */
  saveFailed: boolean;
  add: (files: readonly File[]) => Promise<void>;
  remove: (memberId: string) => Promise<void>;
}

/**
 * The associations' answers kept for one own assessment, as a workshop record tied to it: reading and
 * validating run off the main thread; nothing stored is overwritten.
 */
export function useAssociationAnswers(own: Assessment, workshopName: string): AssociationAnswers {
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const { progress, run } = useFileImport();
  const [results, setResults] = useState<FileResult[]>([]);
  const [saveFailed, setSaveFailed] = useState(false);
  const ownId = own.id;
  const reload = useCallback(async () => {
    setWorkshop(await useWorkshopStore.getState().workshopFor(ownId));
    setIsLoading(false);
  }, [ownId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const add = async (files: readonly File[]) => {
    setResults([]);
    setSaveFailed(false);
    try {
      const { outcomes } = await run(files);
      const kept = (workshop?.members ?? []).map((member) => member.assessment);
      const members: WorkshopMember[] = [];
      const judged = outcomes.map((outcome) => {
        const { result, member } = judge(outcome, own, [...kept, ...members.map((m) => m.assessment)]);
        if (member) members.push(member);
        return result;
      });
      // addMembers replaces a kept member with the same assessment id: an update takes its place.
      if (members.length > 0) {
        const { workshopFor, createWorkshop, addMembers } = useWorkshopStore.getState();
        const target =
          (await workshopFor(ownId)) ?? (await createWorkshop(workshopName, { forAssessmentId: ownId }));
        await addMembers(target.id, members);
        await reload();
      }
      setResults(judged);
    } catch (error) {
      // The store keeps what was stored; the page says the new files were not kept.
      console.error(error);
      setSaveFailed(true);
    }
  };
  const remove = async (memberId: string) => {
    if (!workshop) return;
    await useWorkshopStore.getState().removeMember(workshop.id, memberId);
    await reload();
  };
  return { workshop, isLoading, progress, results, saveFailed, add, remove };
}
