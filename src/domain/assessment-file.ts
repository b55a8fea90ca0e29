import * as z from "zod/mini";
import { type Assessment, AssessmentSchema, newAssessmentId, unknownItemRefs } from "./assessment";
import type { Checklist } from "./checklist";
import { ExampleProfileSchema } from "./example";
import { emptyPlan } from "./plan";
import { isRecord, type ParseResult, type Problem, parseJson, parseWith } from "./problems";

export const ASSESSMENT_FILE_FORMAT = "kumppanuuspeili-assessment";
/**
 * 2 added targets, actions and the annual clock; 3 added the assessment's id, creation time and municipality
 * code. Versions 1 and 2 are still read: they get an empty plan (1) and a fresh id (1 and 2).
 */
export const ASSESSMENT_FILE_VERSION = 3;

/**
 * An exported assessment: the format tag says what the file is before anything else is read.
 * Example municipalities use the same format, with their profile and citations in `example`.
 */
export const AssessmentFileSchema = z.strictObject({
  format: z.literal(ASSESSMENT_FILE_FORMAT),
  formatVersion: z.literal(ASSESSMENT_FILE_VERSION),
  ...AssessmentSchema.shape,
  example: z.optional(ExampleProfileSchema),
});
export type AssessmentFile = z.infer<typeof AssessmentFileSchema>;

export function toAssessmentFile(assessment: Assessment): AssessmentFile {
  // Field by field, so nothing the app keeps beside the assessment leaks into the file.
  return {
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    id: assessment.id,
    createdAt: assessment.createdAt,
    checklist: assessment.checklist,
    meta: assessment.meta,
    answers: assessment.answers,
    targets: assessment.targets,
    actions: assessment.actions,
    calendar: assessment.calendar,
    updatedAt: assessment.updatedAt,
  };
}

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "") // ä → a, ö → o, å → a
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

/** e.g. `kumppanuuspeili-koski-tl-2026-11-23.json`. */
export function assessmentFileName(assessment: Assessment): string {
  const municipality = slugify(assessment.meta.municipality) || "arviointi";
  return `kumppanuuspeili-${municipality}-${assessment.meta.date}.json`;
}

function fail(problems: Problem[]): ParseResult<never> {
  return { ok: false, problems };
}

/** Checks that the assessment's checklist is one the app ships and that every answer belongs to it. */
function checkAgainstChecklists(assessment: Assessment, checklists: readonly Checklist[]): Problem[] {
  const { id, version } = assessment.checklist;
  const versions = checklists.filter((checklist) => checklist.id === id);
  if (versions.length === 0) return [{ path: "checklist.id", code: "unknownChecklist", detail: id }];
  const checklist = versions.find((candidate) => candidate.version === version);
  if (checklist === undefined) {
    const available = versions.map((candidate) => candidate.version).join(", ");
    return [
      { path: "checklist.version", code: "unknownVersion", detail: `${version} (available: ${available})` },
    ];
  }
  return unknownItemRefs(assessment, checklist).map(({ path, itemId }) => ({
    path,
    code: "unknownItem",
    detail: itemId,
  }));
}

/** The file's shape only, for every reader of the format (own assessments, example municipalities). */
export function parseAssessmentFile(data: unknown): ParseResult<AssessmentFile> {
  // Any other JSON file gets one clear problem, not one per field it lacks.
  if (!isRecord(data) || data.format !== ASSESSMENT_FILE_FORMAT) {
    return fail([{ path: "format", code: "notAllowed", detail: ASSESSMENT_FILE_FORMAT }]);
  }
  if (typeof data.formatVersion === "number" && data.formatVersion > ASSESSMENT_FILE_VERSION) {
    return fail([{ path: "formatVersion", code: "unknownVersion", detail: String(data.formatVersion) }]);
  }
  let lifted = data;
  if (lifted.formatVersion === 1) lifted = liftVersion1(lifted);
  if (lifted.formatVersion === 2) lifted = liftVersion2(lifted);
  return parseWith(AssessmentFileSchema, lifted);
}

/** A version 1 file had no plan: it gets the one a new assessment starts with. */
function liftVersion1(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, ...emptyPlan(), formatVersion: 2 };
}

/** A version 2 file had no identity: it gets a fresh id, and its last change stands in for its creation. */
function liftVersion2(data: Record<string, unknown>): Record<string, unknown> {
  return { id: newAssessmentId(), createdAt: data.updatedAt, ...data, formatVersion: 3 };
}

export function readAssessmentFile(text: string, checklists: readonly Checklist[]): ParseResult<Assessment> {
  const data = parseJson(text);
  if (!data.ok) return data;
  const parsed = parseAssessmentFile(data.value);
  if (!parsed.ok) return parsed;
  const { id, createdAt, checklist, meta, answers, targets, actions, calendar, updatedAt } = parsed.value;
  const assessment: Assessment = {
    id,
    createdAt,
    checklist,
    meta,
    answers,
    targets,
    actions,
    calendar,
    updatedAt,
  };
  const problems = checkAgainstChecklists(assessment, checklists);
  return problems.length === 0 ? { ok: true, value: assessment } : fail(problems);
}
