import * as z from "zod/mini";
import { type Checklist, type ChecklistRef, SemverSchema, SlugSchema } from "./checklist";

export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

const NOTE_MAX = 2000;
const note = z.optional(z.string().check(z.maxLength(NOTE_MAX)));

/**
 * One item's answer. Levels 0–3 are not in place / started / mostly in place / fully in place.
 * "Don't know" counts as unanswered; "not applicable" needs a reason and leaves the score's denominator.
 */
export const AnswerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("level"), level: z.literal(LEVELS), note }),
  z.strictObject({ kind: z.literal("dontKnow"), note }),
  z.strictObject({
    kind: z.literal("notApplicable"),
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(NOTE_MAX)),
    note,
  }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export const RESPONDENT_ROLES = ["municipality", "association", "workshop"] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

export const AssessmentMetaSchema = z.strictObject({
  municipality: z.string().check(z.maxLength(100)),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  respondentRole: z.enum(RESPONDENT_ROLES),
  /** ISO date (YYYY-MM-DD) of the assessment. */
  date: z.iso.date(),
});
export type AssessmentMeta = z.infer<typeof AssessmentMetaSchema>;

export const ChecklistRefSchema = z.strictObject({ id: SlugSchema, version: SemverSchema });

export const AssessmentSchema = z.strictObject({
  checklist: ChecklistRefSchema,
  meta: AssessmentMetaSchema,
  /** Keyed by item id, which is stable forever; items without an entry are unanswered. */
  answers: z.record(z.string(), AnswerSchema),
  updatedAt: z.iso.datetime(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export function createAssessment(ref: ChecklistRef, now: Date): Assessment {
  return {
    checklist: { id: ref.id, version: ref.version },
    meta: {
      municipality: "",
      year: now.getFullYear(),
      respondentRole: "municipality",
      date: now.toISOString().slice(0, 10),
    },
    answers: {},
    updatedAt: now.toISOString(),
  };
}

/** Item ids answered in the assessment that the checklist does not have. */
export function unknownItemIds(assessment: Assessment, checklist: Checklist): string[] {
  const known = new Set(checklist.themes.flatMap((theme) => theme.items.map((item) => item.id)));
  return Object.keys(assessment.answers).filter((id) => !known.has(id));
}
