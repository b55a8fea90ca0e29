import type { Assessment } from "../domain/assessment";
import { type ImportedAssessment, importAssessment } from "../domain/assessment-file";
import type { Checklist } from "../domain/checklist";
import { decodeFileText, FILE_MAX_LABEL } from "../domain/file-text";
import { FILE_MAX_BYTES, WORKSHOP_ARCHIVE_MAX_BYTES } from "../domain/limits";
import { withMunicipalityCode } from "../domain/municipalities";
import { type ParseResult, type Problem, parseJson } from "../domain/problems";
import { isWorkshopArchive, readWorkshopArchive } from "../domain/workshop";

/** One assessment read from a file, or from one entry of a workshop archive ("alue.json › 3"). */
export type ImportOutcome =
  | { sourceName: string; ok: true; assessment: Assessment; dropped: Problem[] }
  | { sourceName: string; ok: false; problems: Problem[] };

/** The part of a File the import reads: a worker gets Files, a test may hand in anything like one. */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const ARCHIVE_MAX_LABEL = `${WORKSHOP_ARCHIVE_MAX_BYTES / (1024 * 1024)} MB`;
const tooLarge = (label: string): Problem => ({ path: "", code: "tooLarge", detail: label });

/**
 * decodeFileText holds text to the file limit; an archive may be larger, so up to its own limit it is decoded
 * here the same way (UTF-8 only, a byte-order mark dropped, anything else refused rather than garbled).
 */
function decodeText(bytes: Uint8Array): ParseResult<string> {
  if (bytes.byteLength <= FILE_MAX_BYTES) return decodeFileText(bytes);
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problems: [{ path: "", code: "invalidEncoding" }] };
  }
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
 * A file's bytes: an assessment file (or stored-state backup) gives one outcome, a workshop archive one per
 * entry. Only an archive may be over the file limit.
 */
export function readImportBytes(
  name: string,
  bytes: Uint8Array,
  checklists: readonly Checklist[],
): ImportOutcome[] {
  const refused = (problems: Problem[]): ImportOutcome[] => [{ sourceName: name, ok: false, problems }];
  if (bytes.byteLength > WORKSHOP_ARCHIVE_MAX_BYTES) return refused([tooLarge(ARCHIVE_MAX_LABEL)]);
  const text = decodeText(bytes);
  if (!text.ok) return refused(text.problems);
  const data = parseJson(text.value);
  if (!data.ok) return refused(data.problems);
  if (isWorkshopArchive(data.value)) {
    const archive = readWorkshopArchive(data.value, checklists);
    if (!archive.ok) return refused(archive.problems);
    return archive.value.entries.map(({ index, result }) => outcome(`${name} › ${index + 1}`, result));
  }
  if (bytes.byteLength > FILE_MAX_BYTES) return refused([tooLarge(FILE_MAX_LABEL)]);
  return [outcome(name, importAssessment(data.value, checklists))];
}

/** A file refused by its size before it is read, so a huge file costs nothing; an unreadable one is a problem. */
export async function readImportFile(
  file: ImportFile,
  checklists: readonly Checklist[],
): Promise<ImportOutcome[]> {
  if (file.size > WORKSHOP_ARCHIVE_MAX_BYTES) {
    return [{ sourceName: file.name, ok: false, problems: [tooLarge(ARCHIVE_MAX_LABEL)] }];
  }
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

/**
 * Reads the files one after another, in order, handing each file's outcomes to `onFile` as it is done. Stops
 * before the next file once `signal` is aborted. The worker and the in-page fallback both run this.
 */
export async function readImportFiles(
  files: readonly ImportFile[],
  checklists: readonly Checklist[],
  onFile: (outcomes: ImportOutcome[], index: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  for (const [index, file] of files.entries()) {
    if (signal?.aborted) return;
    onFile(await readImportFile(file, checklists), index);
  }
}
