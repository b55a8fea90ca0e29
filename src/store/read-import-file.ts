import type { Assessment } from "../domain/assessment";
import {
  type AssessmentsArchive,
  isAssessmentsArchive,
  readAssessmentsArchive,
} from "../domain/assessment-archive";
import { type ImportedAssessment, importAssessment } from "../domain/assessment-file";
import type { Checklist } from "../domain/checklist";
import { decodeFileText, fileSizeProblem } from "../domain/file-text";
import { WORKSHOP_ARCHIVE_MAX_BYTES } from "../domain/limits";
import { withMunicipalityCode } from "../domain/municipalities";
import { type ParseResult, type Problem, parseJson } from "../domain/problems";
import { isWorkshopArchive, readWorkshopArchive } from "../domain/workshop-archive";

/** One assessment read from a file, or from one entry of a workshop archive ("alue.json › 3"). */
export type ImportOutcome = (
  | { sourceName: string; ok: true; assessment: Assessment; dropped: Problem[] }
  | { sourceName: string; ok: false; problems: Problem[] }
) & {
  /** The name stored in the workshop archive the entry came from, so an imported archive keeps its name. */
  archiveName?: string;
};

/** The part of a File the import reads: a worker gets Files, a test may hand in anything like one. */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Files from before format 3 carry only the name: an official name gets its code; a code already there stays. */
function withOfficialCode(imported: ImportedAssessment): ImportedAssessment {
  const { meta } = imported.assessment;
  if (meta.municipalityCode !== undefined) return imported;
  return { ...imported, assessment: { ...imported.assessment, meta: withMunicipalityCode(meta) } };
}

function outcome(sourceName: string, result: ParseResult<ImportedAssessment>): ImportOutcome {
  if (!result.ok) return { sourceName, ok: false, problems: result.problems };
  const { assessment, dropped } = withOfficialCode(result.value);
  return { sourceName, ok: true, assessment, dropped };
}

/**
 * A file's bytes: an assessment file (or stored-state backup) gives one outcome, a workshop archive or an
 * archive of the library's assessments one per entry. Only an archive may be over the file limit.
 */
export function readImportBytes(
  name: string,
  bytes: Uint8Array,
  checklists: readonly Checklist[],
): ImportOutcome[] {
  const refused = (problems: Problem[]): ImportOutcome[] => [{ sourceName: name, ok: false, problems }];
  // An archive may be larger than an assessment file: the file limit is checked once it is known not to be one.
  const text = decodeFileText(bytes, WORKSHOP_ARCHIVE_MAX_BYTES);
  if (!text.ok) return refused(text.problems);
  const data = parseJson(text.value);
  if (!data.ok) return refused(data.problems);
  const entries = (archive: ParseResult<AssessmentsArchive>, archiveName?: string): ImportOutcome[] =>
    archive.ok
      ? archive.value.entries.map(({ index, result }) => ({
          ...outcome(`${name} › ${index + 1}`, result),
          ...(archiveName === undefined ? {} : { archiveName }),
        }))
      : refused(archive.problems);
  if (isWorkshopArchive(data.value)) {
    const archive = readWorkshopArchive(data.value, checklists);
    return entries(archive, archive.ok ? archive.value.name : undefined);
  }
  if (isAssessmentsArchive(data.value)) return entries(readAssessmentsArchive(data.value, checklists));
  const tooLarge = fileSizeProblem(bytes.byteLength);
  if (tooLarge) return refused([tooLarge]);
  return [outcome(name, importAssessment(data.value, checklists))];
}

/** A file refused by its size before it is read, so a huge file costs nothing; an unreadable one is a problem. */
export async function readImportFile(
  file: ImportFile,
  checklists: readonly Checklist[],
): Promise<ImportOutcome[]> {
  const tooLarge = fileSizeProblem(file.size, WORKSHOP_ARCHIVE_MAX_BYTES);
  if (tooLarge) return [{ sourceName: file.name, ok: false, problems: [tooLarge] }];
  try {
    return readImportBytes(file.name, new Uint8Array(await file.arrayBuffer()), checklists);
  } catch (error) {
    return [
      {
        sourceName: file.name,
        ok: false,
        problems: [{ path: "", code: "invalid", detail: (error as Error).message }],
      },
    ];
  }
}

/** Files being read at once: reading waits on the disk, parsing on the CPU, so the two overlap. */
const READ_AHEAD = 8;

/**
 * Reads the files, handing each file's outcomes to `onFile` in the files' order; the next few are read while
 * one is parsed. Stops before the next file once `signal` is aborted. The worker and the in-page fallback both
 * run this.
 */
export async function readImportFiles(
  files: readonly ImportFile[],
  checklists: readonly Checklist[],
  onFile: (outcomes: ImportOutcome[], index: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const reading = new Map<number, Promise<ImportOutcome[]>>();
  const read = (index: number) => {
    const file = files[index];
    if (file !== undefined && !reading.has(index)) reading.set(index, readImportFile(file, checklists));
  };
  for (const [index] of files.entries()) {
    if (signal?.aborted) return;
    for (let ahead = index; ahead < index + READ_AHEAD; ahead++) read(ahead);
    const outcomes = await reading.get(index);
    reading.delete(index);
    onFile(outcomes ?? [], index);
  }
}
