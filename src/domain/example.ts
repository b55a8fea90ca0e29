import * as z from "zod/mini";
import { SeedFileSchema, SlugSchema } from "./checklist";
import { LocalizedTextSchema } from "./localized";

/** Where an example's answer comes from: the seed, its sentence in Finnish as written, and a paraphrase. */
export const CitationSchema = z.strictObject({
  seed: SeedFileSchema,
  quote: z.string().check(z.trim(), z.minLength(1)),
  paraphrase: LocalizedTextSchema,
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * What makes an assessment file an example municipality's profile. Every answer other than
 * "don't know" rests on a citation; "don't know" means the sources say nothing, never a guess.
 */
export const ExampleProfileSchema = z.strictObject({
  id: SlugSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  sources: z.array(SeedFileSchema).check(z.minLength(1)),
  citations: z.record(z.string(), CitationSchema),
});
export type ExampleProfile = z.infer<typeof ExampleProfileSchema>;
