import * as z from "zod/mini";
import { ChecklistRefSchema } from "./assessment";
import { SeedFileSchema, SlugSchema } from "./checklist";
import { LocalizedTextSchema } from "./localized";

export const PRACTICE_CATALOG_FORMAT = "kumppanuuspeili-practices";

/** A named practice elsewhere (Lempäälä's community committee, Tampere's Järjestöedustamo…). */
export const PracticeCardSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema,
  /** Municipality or region, e.g. "Lempäälä", "Pohjois-Karjala". */
  place: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  seed: SeedFileSchema,
  /** The checklist items this practice shows a way forward for. */
  items: z.array(SlugSchema).check(z.minLength(1)),
});
export type PracticeCard = z.infer<typeof PracticeCardSchema>;

export const PracticeCatalogSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(PRACTICE_CATALOG_FORMAT),
  formatVersion: z.literal(1),
  checklist: ChecklistRefSchema,
  practices: z.array(PracticeCardSchema).check(z.minLength(1)),
});
export type PracticeCatalog = z.infer<typeof PracticeCatalogSchema>;
