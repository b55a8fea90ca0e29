import * as z from "zod/mini";
import { type ArchiveEntry, readArchive } from "./archive";
import { type AssessmentFile, slugify, toAssessmentFile } from "./assessment-file";
import type { Checklist } from "./checklist";
import { WORKSHOP_MEMBERS_MAX } from "./limits";
import type { Ladder } from "./migrations";
import { isRecord, type ParseResult } from "./problems";
import { type Workshop, WorkshopNameSchema } from "./workshop";

export const WORKSHOP_FILE_FORMAT = "kumppanuuspeili-workshop";
/** Bump when the archive's shape changes, and add a step to WORKSHOP_FILE_LADDER. */
export const WORKSHOP_FILE_VERSION = 1;

/** No steps yet; `migrate` still refuses a version newer than the app knows, with the usual problem. */
const WORKSHOP_FILE_LADDER: Ladder = {
  artefact: "workshop archive",
  versionPath: "formatVersion",
  first: 1,
  current: WORKSHOP_FILE_VERSION,
  steps: {},
};

/** The archive minus its entries: if any of this is wrong, the archive is refused whole. */
const ArchiveFrameSchema = z.strictObject({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.literal(WORKSHOP_FILE_VERSION),
  name: WorkshopNameSchema,
  exportedAt: z.iso.datetime(),
  assessments: z.array(z.unknown()).check(z.maxLength(WORKSHOP_MEMBERS_MAX)),
});

/** A workshop passed on to the next host: its members as assessment files, one format for both. */
export type WorkshopFile = Omit<z.infer<typeof ArchiveFrameSchema>, "assessments"> & {
  assessments: AssessmentFile[];
};

/** `now` is when it is exported; only the assessments travel, not where each member's file came from. */
export function toWorkshopFile(workshop: Workshop, now: Date = new Date()): WorkshopFile {
  return {
    format: WORKSHOP_FILE_FORMAT,
    formatVersion: WORKSHOP_FILE_VERSION,
    name: workshop.name,
    exportedAt: now.toISOString(),
    assessments: workshop.members.map((member) => toAssessmentFile(member.assessment)),
  };
}

/** e.g. `varsinais-suomi-2026.kumppanuuspeili-workshop.json`. */
export function workshopFileName(workshop: Pick<Workshop, "name">): string {
  return `${slugify(workshop.name) || "tyopaja"}.${WORKSHOP_FILE_FORMAT}.json`;
}

/** Tells an archive from an assessment file before either is read. */
export function isWorkshopArchive(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && data.format === WORKSHOP_FILE_FORMAT;
}

export interface WorkshopArchive {
  name: string;
  entries: ArchiveEntry[];
}

/** The archive's name and its entries, each read on its own (see readArchive). */
export function readWorkshopArchive(
  data: unknown,
  checklists: readonly Checklist[],
): ParseResult<WorkshopArchive> {
  const read = readArchive(WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_LADDER, ArchiveFrameSchema, data, checklists);
  return read.ok ? { ok: true, value: { name: read.value.frame.name, entries: read.value.entries } } : read;
}
