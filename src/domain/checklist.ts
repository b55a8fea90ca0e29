import * as z from "zod/mini";
import {
  AdaptationSchema,
  adaptationFileProblems,
  fillUntranslated,
  PartialLocalizedTextSchema,
  UntranslatedSchema,
} from "./adaptation";
import { ChecklistChangesSchema, declarationProblems, RetiredIdsSchema } from "./checklist-changes";
import { SemverSchema, SlugSchema } from "./ids";
import { LANGUAGES, LocalizedTextSchema } from "./localized";

export { SemverSchema, SlugSchema } from "./ids";

/** Seed files are named like `002_9274484d39675f21.txt`; the name is the citation. */
const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

export const SeedFileSchema = z.string().check(z.regex(SEED_FILE));

export const SourceSchema = z.strictObject({
  seed: SeedFileSchema,
  title: LocalizedTextSchema,
  /** Absent when the source names none: the source is then cited by its title alone. */
  publisher: z.optional(LocalizedTextSchema),
});

/** The three phases of building cooperation in seed 003: prepare, the cooperation meeting, follow-up. */
export const PHASES = ["prepare", "meeting", "followUp"] as const;
export type Phase = (typeof PHASES)[number];

export const ItemSchema = z.strictObject({
  id: SlugSchema,
  text: LocalizedTextSchema,
  help: LocalizedTextSchema,
  weight: z.int().check(z.minimum(1), z.maximum(3)),
  suggestion: LocalizedTextSchema,
  /** The seed files the item rests on: at least one, unless it is a local item with a local source. */
  sources: z.array(SeedFileSchema),
  /** Where in the cooperation process (seed 003) working on the item belongs; absent for ongoing work. */
  phase: z.optional(z.enum(PHASES)),
  /** Added by an adapted checklist: not in the base model, so never compared with it. */
  local: z.optional(z.literal(true)),
  /** Ids of the adapted checklist's `adaptation.localSources` the item rests on. */
  localSources: z.optional(z.array(SlugSchema)),
  /** Set when the checklist is read, never written: the languages a local item's author left untranslated… */
  untranslated: z.optional(UntranslatedSchema),
  /** …and the language whose text is shown in their place. */
  shownIn: z.optional(z.enum(LANGUAGES)),
});

export const ThemeSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  items: z.array(ItemSchema).check(z.minLength(1)),
});

const ChecklistShapeSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: SlugSchema,
  version: SemverSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  sources: z.array(SourceSchema).check(z.minLength(1)),
  themes: z.array(ThemeSchema).check(z.minLength(1)),
  /** How this version's items relate to the previous version's (absent in a first version). */
  changes: z.optional(ChecklistChangesSchema),
  retiredIds: z.optional(RetiredIdsSchema),
  /** Present in an adapted checklist: what it is based on, the base items it hides, its local sources. */
  adaptation: z.optional(AdaptationSchema),
});

/** Reads a field of a value that may not have the checklist's shape, because the reference check runs anyway. */
function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The shape plus what JSON Schema cannot say: ids are unique and every cited seed is listed in `sources`.
 * The check runs even when the shape has problems, so an author sees every problem in one pass.
 */
const CheckedChecklistSchema = ChecklistShapeSchema.check(
  z.superRefine(
    (checklist: unknown, ctx) => {
      const listed = new Set(list(field(checklist, "sources")).map((source) => field(source, "seed")));
      const themeIds = new Set<unknown>();
      const itemIds = new Set<unknown>();
      list(field(checklist, "themes")).forEach((theme, t) => {
        const themeId = field(theme, "id");
        if (typeof themeId === "string" && themeIds.has(themeId)) {
          ctx.addIssue({
            code: "custom",
            message: `duplicate theme id "${themeId}"`,
            path: ["themes", t, "id"],
            params: { reason: "duplicateId", value: themeId },
          });
        }
        themeIds.add(themeId);
        list(field(theme, "items")).forEach((item, i) => {
          const itemId = field(item, "id");
          if (typeof itemId === "string" && itemIds.has(itemId)) {
            ctx.addIssue({
              code: "custom",
              message: `duplicate item id "${itemId}"`,
              path: ["themes", t, "items", i, "id"],
              params: { reason: "duplicateId", value: itemId },
            });
          }
          itemIds.add(itemId);
          const isLocal = field(item, "local") === true;
          const seeds = list(field(item, "sources"));
          if (seeds.length === 0 && !(isLocal && list(field(item, "localSources")).length > 0)) {
            ctx.addIssue({
              code: "custom",
              message: isLocal
                ? "a local item needs a seed or a local source"
                : "an item needs at least one source",
              path: ["themes", t, "items", i, "sources"],
              params: { reason: "tooShort", value: "1" },
            });
          }
          seeds.forEach((seed, s) => {
            // A malformed seed name already has its own problem; "not listed" would only repeat it.
            if (typeof seed === "string" && SEED_FILE.test(seed) && !listed.has(seed)) {
              ctx.addIssue({
                code: "custom",
                message: `source "${seed}" is not listed in the checklist's sources`,
                path: ["themes", t, "items", i, "sources", s],
                params: { reason: "unknownSource", value: seed },
              });
            }
          });
        });
      });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  ),
  // Declarations are read only once the shape is right: their ids mean nothing in a broken file.
  z.superRefine((checklist, ctx) => {
    for (const problem of [...declarationProblems(checklist), ...adaptationFileProblems(checklist)]) {
      ctx.addIssue({
        code: "custom",
        message: problem.message,
        path: problem.path,
        params: { reason: "invalid", value: problem.message },
      });
    }
  }),
);

/**
 * A checklist file as read: a local item's missing translations are filled from a language it has (and listed
 * as such) before the checks, so every screen has a text to show and can say which is missing.
 */
export const ChecklistSchema = z.pipe(z.transform(fillUntranslated), CheckedChecklistSchema);

const { untranslated: _untranslated, shownIn: _shownIn, ...writtenItemShape } = ItemSchema.shape;
/** A local item as written: its texts in at least one language. */
export const LocalItemFileSchema = z.strictObject({
  ...writtenItemShape,
  local: z.literal(true),
  text: PartialLocalizedTextSchema,
  help: PartialLocalizedTextSchema,
  suggestion: PartialLocalizedTextSchema,
});
export const WrittenItemSchema = z.strictObject(writtenItemShape);

/** The structural part only, for the JSON Schema that checklist authors get: files as written, not as read. */
export const ChecklistJsonShape = z.strictObject({
  ...ChecklistShapeSchema.shape,
  themes: z
    .array(
      z.strictObject({
        ...ThemeSchema.shape,
        items: z.array(z.union([WrittenItemSchema, LocalItemFileSchema])).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});

export type Source = z.infer<typeof SourceSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type Checklist = z.output<typeof ChecklistSchema>;

export interface ChecklistRef {
  id: string;
  version: string;
}
