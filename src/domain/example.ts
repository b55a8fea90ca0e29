import * as z from "zod/mini";
import type { Answer } from "./assessment";
import { SeedFileSchema, SlugSchema } from "./checklist";
import { type Language, type LocalizedText, LocalizedTextSchema, NonBlankTextSchema } from "./localized";

/** Where an example's answer comes from: the seed, its sentence in Finnish as written, and a paraphrase. */
export const CitationSchema = z.strictObject({
  seed: SeedFileSchema,
  /** The seed's words as written; a cut sentence is marked with "…" where it is cut. */
  quote: z.string().check(z.trim(), z.minLength(1)),
  paraphrase: LocalizedTextSchema,
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * A name that is the same in every language ("Koski Tl") may be written once; one with a Swedish or English
 * name of its own is written per language (Koski Tl is "Koskis" in Swedish).
 */
export const ExampleNameSchema = z.union([NonBlankTextSchema, LocalizedTextSchema]);

/**
 * What makes an assessment file an example municipality's profile. Every answer other than
 * "don't know" rests on a citation; "don't know" means the sources say nothing, never a guess.
 */
export const ExampleProfileSchema = z.strictObject({
  id: SlugSchema,
  name: ExampleNameSchema,
  description: LocalizedTextSchema,
  sources: z.array(SeedFileSchema).check(z.minLength(1)),
  citations: z.record(z.string(), CitationSchema),
});
/** The profile as the app uses it: the name in every language, however the file wrote it. */
export type ExampleProfile = Omit<z.infer<typeof ExampleProfileSchema>, "name"> & { name: LocalizedText };

export function localizedName(name: z.infer<typeof ExampleNameSchema>): LocalizedText {
  return typeof name === "string" ? { fi: name, sv: name, en: name } : name;
}

/**
 * Why the other side chose "not applicable", in the language. An example's reason is its citation's
 * paraphrase (its file's `reason` is the Finnish one, checked when read), so the screen and the report say
 * the same; an assessment file's reason is its author's own words, in whatever language they wrote.
 */
export function notApplicableReason(
  answer: Answer | undefined,
  citation: Citation | undefined,
  language: Language,
): string | null {
  if (answer?.kind !== "notApplicable") return null;
  return citation ? citation.paraphrase[language] : answer.reason;
}
