import * as z from "zod/mini";
import { type ArchiveEntry, readArchive } from "./archive";
import type { Assessment } from "./assessment";
import { type AssessmentFile, toAssessmentFile } from "./assessment-file";
import type { Checklist } from "./checklist";
import { WORKSHOP_MEMBERS_MAX } from "./limits";
import type { Ladder } from "./migrations";
import { isRecord, type ParseResult } from "./problems";

export const ASSESSMENTS_FILE_FORMAT = "kumppanuuspeili-assessments";
/** Bump when the archive's shape changes, and add a step to ASSESSMENTS_FILE_LADDER. */
export const ASSESSMENTS_FILE_VERSION = 1;
/** As many as a workshop archive holds, within the same file size (WORKSHOP_ARCHIVE_MAX_BYTES). */
export const ASSESSMENTS_ARCHIVE_MAX = WORKSHOP_MEMBERS_MAX;

/** No steps yet; `migrate` still refuses a version newer than the app knows, with the usual problem. */
const ASSESSMENTS_FILE_LADDER: Ladder = {
  artefact: "assessments archive",
  versionPath: "formatVersion",
  first: 1,
  current: ASSESSMENTS_FILE_VERSION,
  steps: {},
};

/** The archive minus its entries: if any of this is wrong, the archive is refused whole. */
const ArchiveFrameSchema = z.strictObject({
  format: z.literal(ASSESSMENTS_FILE_FORMAT),
  formatVersion: z.literal(ASSESSMENTS_FILE_VERSION),
  exportedAt: z.iso.datetime(),
  assessments: z.array(z.unknown()).check(z.maxLength(ASSESSMENTS_ARCHIVE_MAX)),
});

/** Every assessment of the library in one file: each an assessment file, so one format is read for both. */
export type AssessmentsFile = Omit<z.infer<typeof ArchiveFrameSchema>, "assessments"> & {
  assessments: AssessmentFile[];
};

/** `now` is when it is exported. */
export function toAssessmentsFile(
  assessments: readonly Assessment[],
  now: Date = new Date(),
): AssessmentsFile {
  return {
    format: ASSESSMENTS_FILE_FORMAT,
    formatVersion: ASSESSMENTS_FILE_VERSION,
    exportedAt: now.toISOString(),
    assessments: assessments.map(toAssessmentFile),
  };
}

/** e.g. `kumppanuuspeili-2026-11-23.kumppanuuspeili-assessments.json`, dated by the export. */
export function assessmentsFileName(now: Date = new Date()): string {
  return `kumppanuuspeili-${now.toISOString().slice(0, 10)}.${ASSESSMENTS_FILE_FORMAT}.json`;
}

/** Tells this archive from an assessment file (or a workshop archive) before either is read. */
export function isAssessmentsArchive(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && data.format === ASSESSMENTS_FILE_FORMAT;
}

export interface AssessmentsArchive {
  entries: ArchiveEntry[];
}

/** The archive's entries, each read on its own (see readArchive). */
export function readAssessmentsArchive(
  data: unknown,
  checklists: readonly Checklist[],
): ParseResult<AssessmentsArchive> {
  const read = readArchive(
    ASSESSMENTS_FILE_FORMAT,
    ASSESSMENTS_FILE_LADDER,
    ArchiveFrameSchema,
    data,
    checklists,
  );
  return read.ok ? { ok: true, value: { entries: read.value.entries } } : read;
}
