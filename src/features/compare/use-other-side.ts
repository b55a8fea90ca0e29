import { useMemo, useState } from "react";
import { type Assessment, matchAnswers } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import type { Example } from "../../domain/example-file";
import type { Language } from "../../domain/localized";
import type { Problem } from "../../domain/problems";
import { readChosenAssessmentFile } from "../../store/read-chosen-file";

/** What the user picked: one of the bundled examples, or a file of their own. */
export type Choice = { kind: "example"; exampleId: string } | { kind: "file" };

export type OtherSide =
  | { kind: "example"; example: Example; answers: Assessment["answers"]; unmatchedItemIds: string[] }
  | {
      kind: "file";
      fileName: string;
      assessment: Assessment;
      answers: Assessment["answers"];
      unmatchedItemIds: string[];
    };

export type FileState =
  | { status: "none" }
  | { status: "failed"; fileName: string; problems: Problem[] }
  | { status: "read"; fileName: string; assessment: Assessment };

async function readFile(file: File): Promise<FileState> {
  const result = await readChosenAssessmentFile(file);
  return result.ok
    ? { status: "read", fileName: file.name, assessment: result.value }
    : { status: "failed", fileName: file.name, problems: result.problems };
}

export interface OtherSideState {
  choice: Choice;
  choose: (choice: Choice) => void;
  file: FileState;
  /** Reads a chosen file; the saved assessment is never touched. */
  readChosenFile: (file: File) => Promise<void>;
  /** Null until a file is read when "file" is chosen. */
  side: OtherSide | null;
}

function exampleSide(examples: readonly Example[], exampleId: string): OtherSide | null {
  const example = examples.find((candidate) => candidate.profile.id === exampleId);
  if (!example) return null;
  const { answers } = example.assessment;
  return { kind: "example", example, answers, unmatchedItemIds: example.unmatchedItemIds };
}

/** A file for another shipped version is compared on the items the two versions share, and says so. */
function fileSide(file: FileState, checklist: Checklist): OtherSide | null {
  if (file.status !== "read") return null;
  const { assessment, fileName } = file;
  return { kind: "file", fileName, assessment, ...matchAnswers(assessment.answers, checklist) };
}

/** The first example is picked by default, so opening the page already shows a comparison. */
export function useOtherSide(examples: readonly Example[], checklist: Checklist): OtherSideState {
  const [picked, setPicked] = useState<Choice | null>(null);
  const [file, setFile] = useState<FileState>({ status: "none" });
  const first = examples[0];
  const choice: Choice =
    picked ?? (first ? { kind: "example", exampleId: first.profile.id } : { kind: "file" });
  // Memoised, so the comparison (scored from these answers) is not redone on every render.
  const fromFile = useMemo(() => fileSide(file, checklist), [file, checklist]);
  return {
    choice,
    choose: setPicked,
    file,
    readChosenFile: async (chosen) => setFile(await readFile(chosen)),
    side: choice.kind === "example" ? exampleSide(examples, choice.exampleId) : fromFile,
  };
}

/** How the other side is named in headings, the legend and the tables. */
export function otherSideName(side: OtherSide, language: Language): string {
  if (side.kind === "example") return side.example.profile.name[language];
  return side.assessment.meta.municipality.trim() || side.fileName;
}
