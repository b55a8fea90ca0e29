import * as z from "zod/mini";
import {
  type Assessment,
  AssessmentIdSchema,
  type AssessmentMeta,
  AssessmentSchema,
  newAssessmentId,
} from "./assessment";
import {
  type AssessmentFile,
  type ImportedAssessment,
  importAssessment,
  slugify,
  toAssessmentFile,
} from "./assessment-file";
import type { Checklist } from "./checklist";
import { FILE_NAME_MAX, WORKSHOP_MEMBERS_MAX, WORKSHOP_NAME_MAX } from "./limits";
import { type Ladder, migrate } from "./migrations";
import { normalizeName } from "./municipalities";
import { isRecord, type ParseResult, type Problem, parseWith } from "./problems";

const WorkshopNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(WORKSHOP_NAME_MAX));

export const WorkshopMemberSchema = z.strictObject({
  /** Where it came from: "koski.json", or "alue.json › 12" for an archive's twelfth entry. */
  fileName: z.string().check(z.maxLength(FILE_NAME_MAX)),
  addedAt: z.iso.datetime(),
  /** Validated whole; it may answer any shipped checklist version (the regional view aligns them). */
  assessment: AssessmentSchema,
});
export type WorkshopMember = z.infer<typeof WorkshopMemberSchema>;

/**
 * A member as the import adds it. A name longer than FILE_NAME_MAX keeps its end, where an archive entry's
 * number is ("alue.json › 12").
 */
export function workshopMember(fileName: string, assessment: Assessment, now: Date): WorkshopMember {
  const name = fileName.length > FILE_NAME_MAX ? `…${fileName.slice(-(FILE_NAME_MAX - 1))}` : fileName;
  return { fileName: name, addedAt: now.toISOString(), assessment };
}

/** A named set of assessments, e.g. "Varsinais-Suomi 2026", kept beside the user's own assessments. */
export const WorkshopSchema = z.strictObject({
  id: AssessmentIdSchema,
  name: WorkshopNameSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set for the associations' answers gathered for one of the user's own assessments (perspectives). */
  forAssessmentId: z.optional(AssessmentIdSchema),
  members: z.array(WorkshopMemberSchema).check(z.maxLength(WORKSHOP_MEMBERS_MAX)),
});
export type Workshop = z.infer<typeof WorkshopSchema>;

/**
 * A workshop as read from storage. A damaged one is shown to the user as raw data to download, and never
 * overwritten or deleted by the app.
 */
export type ReadWorkshop =
  | { kind: "ok"; workshop: Workshop }
  | { kind: "damaged"; id: string; problems: Problem[]; raw: string };

function rawText(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Validates a value read from storage under `key`; the workshop must also carry that key as its id. */
export function readStoredWorkshop(key: string, value: unknown): ReadWorkshop {
  const parsed = parseWith(WorkshopSchema, value);
  if (!parsed.ok) return { kind: "damaged", id: key, problems: parsed.problems, raw: rawText(value) };
  if (parsed.value.id !== key) {
    return {
      kind: "damaged",
      id: key,
      problems: [{ path: "id", code: "invalid", detail: key }],
      raw: rawText(value),
    };
  }
  return { kind: "ok", workshop: parsed.value };
}

export function createWorkshop(name: string, now: Date, id: string = newAssessmentId()): Workshop {
  const time = now.toISOString();
  return { id, name: name.trim(), createdAt: time, updatedAt: time, members: [] };
}

/** Key grouping a municipality's members across roles: the code, or "name:<normalised name>". */
export function municipalityKey(meta: AssessmentMeta): string {
  return meta.municipalityCode ?? `name:${normalizeName(meta.municipality)}`;
}

export type DuplicateReason = "sameId" | "sameMunicipalityYearRole";

/**
 * Same official self-assessment: municipality role, same code (or normalised name when no code), same year.
 * Associations and workshops answer many times per municipality, so for those roles only the same id counts.
 * An assessment with neither a name nor a code names no municipality, so it is never the same one's.
 */
export function duplicateOf(
  existing: readonly Assessment[],
  incoming: Assessment,
): { existingId: string; reason: DuplicateReason } | null {
  const sameId = existing.find((assessment) => assessment.id === incoming.id);
  if (sameId) return { existingId: sameId.id, reason: "sameId" };
  const { meta } = incoming;
  if (meta.respondentRole !== "municipality" || municipalityKey(meta) === "name:") return null;
  const key = municipalityKey(meta);
  const same = existing.find(
    (assessment) =>
      assessment.meta.respondentRole === "municipality" &&
      assessment.meta.year === meta.year &&
      municipalityKey(assessment.meta) === key,
  );
  return same ? { existingId: same.id, reason: "sameMunicipalityYearRole" } : null;
}

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
  /** `index` counts from 0, as in the path `assessments[index]`; people count from 1. */
  entries: { index: number; result: ParseResult<ImportedAssessment> }[];
}

/**
 * An archive's entries, each validated on its own (one bad entry never stops the others), through the same
 * salvage import as a single file; an entry's problems are named from the entry, as a file's would be.
 */
export function readWorkshopArchive(
  data: unknown,
  checklists: readonly Checklist[],
): ParseResult<WorkshopArchive> {
  if (!isWorkshopArchive(data)) {
    return { ok: false, problems: [{ path: "", code: "notOurFormat", detail: WORKSHOP_FILE_FORMAT }] };
  }
  const lifted = migrate(WORKSHOP_FILE_LADDER, data, data.formatVersion);
  if (!lifted.ok) return lifted;
  const frame = parseWith(ArchiveFrameSchema, lifted.value);
  if (!frame.ok) return frame;
  const entries = frame.value.assessments.map((entry, index) => ({
    index,
    result: importAssessment(entry, checklists),
  }));
  return { ok: true, value: { name: frame.value.name, entries } };
}
