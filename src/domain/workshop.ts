import * as z from "zod/mini";
import {
  type Assessment,
  AssessmentIdSchema,
  type AssessmentMeta,
  AssessmentSchema,
  newAssessmentId,
} from "./assessment";
import { FILE_NAME_MAX, WORKSHOP_MEMBERS_MAX, WORKSHOP_NAME_MAX } from "./limits";
import { normalizeName } from "./normalize-name";
import { type Problem, parseWith } from "./problems";
import { rawText } from "./stored-record";

export const WorkshopNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(WORKSHOP_NAME_MAX));

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

/** The stored workshop with its members unchecked: readStoredWorkshopInSlices checks them a slice at a time. */
const WorkshopOutlineSchema = z.strictObject({
  ...WorkshopSchema.shape,
  members: z.array(z.unknown()).check(z.maxLength(WORKSHOP_MEMBERS_MAX)),
});
const MemberSliceSchema = z.array(WorkshopMemberSchema);

/**
 * As readStoredWorkshop, checking `slice` members at a time with `pause()` between, so opening a workshop of
 * hundreds of members never holds the page in one long task. A damaged workshop is checked again whole, so its
 * problems are named exactly as readStoredWorkshop names them.
 */
export async function readStoredWorkshopInSlices(
  key: string,
  value: unknown,
  pause: () => Promise<void>,
  slice = 20,
): Promise<ReadWorkshop> {
  const outline = parseWith(WorkshopOutlineSchema, value);
  if (!outline.ok || outline.value.id !== key) return readStoredWorkshop(key, value);
  const members: WorkshopMember[] = [];
  for (let start = 0; start < outline.value.members.length; start += slice) {
    if (start > 0) await pause();
    const part = parseWith(MemberSliceSchema, outline.value.members.slice(start, start + slice));
    if (!part.ok) return readStoredWorkshop(key, value);
    members.push(...part.value);
  }
  return { kind: "ok", workshop: { ...outline.value, members } };
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
