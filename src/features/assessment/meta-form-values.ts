import type { Resolver } from "react-hook-form";
import { type AssessmentMeta, AssessmentMetaSchema } from "../../domain/assessment";
import { matchMunicipality } from "../../domain/municipalities";
import { parseWith } from "../../domain/problems";
import { fieldErrorsFrom } from "../../ui/form-errors";

/** The details page's fields; the participants and the board summary are written on the report page. */
export type MetaField = Exclude<keyof AssessmentMeta, "participants" | "reportSummary">;

/** The fields the user edits here; `municipalityCode` has no input and follows the name instead. */
const META_FIELDS = [
  "municipality",
  "year",
  "respondentRole",
  "date",
] as const satisfies readonly MetaField[];

/**
 * Validates with the domain schema, so the form and a loaded file agree on what is valid.
 * The error's type is the problem code; the form turns it into a sentence in the user's language.
 */
export const metaResolver: Resolver<AssessmentMeta> = (values) => {
  const result = parseWith(AssessmentMetaSchema, values);
  if (result.ok) return { values: result.value, errors: {} };
  return { values: {}, errors: fieldErrorsFrom<AssessmentMeta>(result.problems) };
};

/**
 * The fields that are valid on their own: autosave keeps them even while another field is being fixed.
 * A valid name also sets `municipalityCode`: the official municipality's code when the name is one of theirs,
 * and `undefined` otherwise, so a name that no longer matches clears the code it had.
 */
export function validMetaFields(values: Partial<Record<MetaField, unknown>>): {
  changes: Partial<AssessmentMeta>;
  isValid: boolean;
} {
  const entries = META_FIELDS.flatMap((field) => {
    const result = AssessmentMetaSchema.shape[field].safeParse(values[field]);
    return result.success ? [[field, result.data] as const] : [];
  });
  // Each value was parsed by its own field's schema, so the record matches AssessmentMeta field by field.
  const changes = Object.fromEntries(entries) as Partial<AssessmentMeta>;
  if (changes.municipality !== undefined) {
    changes.municipalityCode = matchMunicipality(changes.municipality)?.code;
  }
  return { changes, isValid: entries.length === META_FIELDS.length };
}
