import * as z from "zod/mini";
import type { Checklist, ChecklistRef } from "./checklist";
import { itemIds } from "./checklist-lookup";
import { SemverSchema, SlugSchema } from "./ids";
import { LEVELS } from "./level";
import { MUNICIPALITY_MAX, NOTE_MAX, PARTICIPANTS_MAX, REPORT_SUMMARY_MAX } from "./limits";
import { ownValue } from "./own-value";
import { emptyPlan, isDefaultCalendar, PlanFieldsSchema } from "./plan";

export { LEVELS, type Level } from "./level";

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

/**
 * Why an answer carried to a new checklist version must be looked at again, and the old items it came from;
 * cleared when the user answers the item or marks it checked.
 */
export const ReviewSchema = z.strictObject({
  change: z.enum(["split", "merged", "changedMeaning"]),
  from: z.array(SlugSchema).check(z.minLength(1)),
});
export type Review = z.infer<typeof ReviewSchema>;

/** An answer to an item a later version no longer has: kept in the assessment's history, never dropped. */
export const RetiredAnswerSchema = z.strictObject({
  answer: AnswerSchema,
  /** The version that retired the item. */
  retiredIn: SemverSchema,
});
export type RetiredAnswer = z.infer<typeof RetiredAnswerSchema>;

export const RESPONDENT_ROLES = ["municipality", "association", "workshop"] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** Statistics Finland's three-digit municipality code, e.g. "284" for Koski Tl. */
export const MunicipalityCodeSchema = z.string().check(z.regex(/^\d{3}$/));

export const AssessmentMetaSchema = z.strictObject({
  municipality: z.string().check(z.maxLength(MUNICIPALITY_MAX)),
  /** Set when the name is an official municipality's; a joint authority or a village has none. */
  municipalityCode: z.optional(MunicipalityCodeSchema),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  respondentRole: z.enum(RESPONDENT_ROLES),
  /** ISO date (YYYY-MM-DD) of the assessment. */
  date: z.iso.date(),
  /** Typed by the user for the report: who took part, by name or role. Optional, as in older files. */
  participants: z.optional(z.string().check(z.maxLength(PARTICIPANTS_MAX))),
  /** Typed by the user for the report: a free summary for the board. */
  reportSummary: z.optional(z.string().check(z.maxLength(REPORT_SUMMARY_MAX))),
});
export type AssessmentMeta = z.infer<typeof AssessmentMetaSchema>;

export const ChecklistRefSchema = z.strictObject({ id: SlugSchema, version: SemverSchema });

/** Random and never reused: two assessments of the same municipality and year stay two. */
export const AssessmentIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

export const AssessmentSchema = z.strictObject({
  id: AssessmentIdSchema,
  createdAt: z.iso.datetime(),
  checklist: ChecklistRefSchema,
  meta: AssessmentMetaSchema,
  /** Keyed by item id, which is stable forever; items without an entry are unanswered. */
  answers: z.record(z.string(), AnswerSchema),
  ...PlanFieldsSchema,
  /** Items whose answer came from an older version's and awaits the user's check (absent when none). */
  review: z.optional(z.record(z.string(), ReviewSchema)),
  /** Answers to items retired by a newer version, keyed by the retired id (absent when none). */
  retiredAnswers: z.optional(z.record(z.string(), RetiredAnswerSchema)),
  updatedAt: z.iso.datetime(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** The item's answer, if it has one (an own entry only: see ownValue). */
export function answerFor(answers: Readonly<Record<string, Answer>>, itemId: string): Answer | undefined {
  return ownValue(answers, itemId);
}

/** A fresh random id (Web Crypto, in browsers, workers and Node alike). */
export function newAssessmentId(): string {
  return globalThis.crypto.randomUUID();
}

export function createAssessment(ref: ChecklistRef, now: Date, id: string = newAssessmentId()): Assessment {
  return {
    id,
    createdAt: now.toISOString(),
    checklist: { id: ref.id, version: ref.version },
    meta: {
      municipality: "",
      year: now.getFullYear(),
      respondentRole: "municipality",
      date: now.toISOString().slice(0, 10),
    },
    answers: {},
    ...emptyPlan(),
    updatedAt: now.toISOString(),
  };
}

/**
 * Nothing the user has done would be lost by replacing it: no answers (notes live in them), targets, actions,
 * nor an annual clock changed from the defaults. The details alone are not asked about: a file brings its own.
 */
export function isUntouched(
  assessment: Pick<Assessment, "answers" | "targets" | "actions" | "calendar">,
): boolean {
  return (
    Object.keys(assessment.answers).length === 0 &&
    Object.keys(assessment.targets).length === 0 &&
    assessment.actions.length === 0 &&
    isDefaultCalendar(assessment.calendar)
  );
}

/**
 * The answers the checklist has, and the ids of those it lacks: item ids are stable, so an assessment written
 * for another version of the checklist is compared on the items the two share.
 */
export function matchAnswers(
  answers: Readonly<Record<string, Answer>>,
  checklist: Checklist,
): { answers: Record<string, Answer>; unmatchedItemIds: string[] } {
  const known = itemIds(checklist);
  const entries = Object.entries(answers);
  return {
    answers: Object.fromEntries(entries.filter(([id]) => known.has(id))),
    unmatchedItemIds: entries.flatMap(([id]) => (known.has(id) ? [] : [id])),
  };
}
