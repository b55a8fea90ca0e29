import * as z from "zod/mini";
import { SemverSchema, SlugSchema } from "./ids";
import { LANGUAGES, type Language, NonBlankTextSchema } from "./localized";

/** A text some languages of which may be missing (a local item, a reason to hide): at least one is there. */
export const PartialLocalizedTextSchema = z
  .strictObject({
    fi: z.optional(NonBlankTextSchema),
    sv: z.optional(NonBlankTextSchema),
    en: z.optional(NonBlankTextSchema),
  })
  .check(
    z.refine((text) => LANGUAGES.some((language) => text[language] !== undefined), {
      message: "needs a text in at least one language (fi, sv or en)",
    }),
  );
export type PartialLocalizedText = z.infer<typeof PartialLocalizedTextSchema>;

/** The text in `language`, or else in the first language (fi, sv, en) it was written in, and which it is. */
export function partialText(
  text: PartialLocalizedText,
  language: Language,
): { text: string; language: Language } {
  const shownIn =
    text[language] !== undefined
      ? language
      : (LANGUAGES.find((other) => text[other] !== undefined) ?? language);
  return { text: text[shownIn] ?? "", language: shownIn };
}

export const LOCAL_SOURCE_KINDS = ["decision", "webPage", "document"] as const;

/** A source of the region's or municipality's own: a board decision, a web page, a document. */
export const LocalSourceSchema = z.strictObject({
  id: SlugSchema,
  kind: z.enum(LOCAL_SOURCE_KINDS),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** Only web addresses: a link in a shared file must not run anything when followed. */
  url: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s<>"]+$/), z.maxLength(2000))),
  /** ISO date (YYYY-MM-DD): when it was decided or published. */
  date: z.iso.date(),
});
export type LocalSource = z.infer<typeof LocalSourceSchema>;

export const HiddenItemSchema = z.strictObject({ item: SlugSchema, why: PartialLocalizedTextSchema });
export type HiddenItem = z.infer<typeof HiddenItemSchema>;

/** What an adapted checklist is based on and how it differs, beside its own complete themes and items. */
export const AdaptationSchema = z.strictObject({
  basedOn: z.strictObject({ id: SlugSchema, version: SemverSchema }),
  /** Base items left out, each with the reason comparisons show. */
  hidden: z.array(HiddenItemSchema),
  localSources: z.array(LocalSourceSchema),
});
export type Adaptation = z.infer<typeof AdaptationSchema>;

const TEXT_FIELDS = ["text", "help", "suggestion"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function present(text: Record<string, unknown>): Language[] {
  return LANGUAGES.filter((language) => typeof text[language] === "string" && text[language].trim() !== "");
}

/**
 * A local item's texts in every language before the checklist is validated: a missing language shows the text
 * of the first language that has one (fi, sv, en), and the item lists it as `untranslated` with the language
 * shown, so screens can say the translation is missing. Never a made-up translation; the file keeps only what
 * its author wrote (see `toChecklistFile`).
 */
export function fillUntranslated(data: unknown): unknown {
  if (!isRecord(data) || !Array.isArray(data.themes)) return data;
  return {
    ...data,
    themes: data.themes.map((theme) =>
      isRecord(theme) && Array.isArray(theme.items)
        ? {
            ...theme,
            items: theme.items.map((item) => (isRecord(item) && item.local === true ? filled(item) : item)),
          }
        : theme,
    ),
  };
}

function filled(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...item };
  const untranslated: Partial<Record<(typeof TEXT_FIELDS)[number], Language[]>> = {};
  for (const field of TEXT_FIELDS) {
    const value = item[field];
    if (!isRecord(value)) continue;
    const has = present(value);
    const fallback = has[0];
    const missing = LANGUAGES.filter((language) => !has.includes(language));
    if (fallback === undefined || missing.length === 0) continue;
    untranslated[field] = missing;
    if (field === "text") out.shownIn = fallback;
    out[field] = Object.fromEntries(
      LANGUAGES.map((language) => [language, has.includes(language) ? value[language] : value[fallback]]),
    );
  }
  if (Object.keys(untranslated).length > 0) out.untranslated = untranslated;
  return out;
}

/** Which languages of a local item's texts were filled in when read: never written to a file. */
export const UntranslatedSchema = z.strictObject({
  text: z.optional(z.array(z.enum(LANGUAGES))),
  help: z.optional(z.array(z.enum(LANGUAGES))),
  suggestion: z.optional(z.array(z.enum(LANGUAGES))),
});
interface AdaptationFileShape {
  themes: readonly { items: readonly { id: string; local?: true; localSources?: readonly string[] }[] }[];
  adaptation?: Adaptation;
}

/**
 * What one adapted checklist file can say wrong about itself without its base: local items only in an adapted
 * checklist, local sources that exist, a hidden item hidden once and not also kept.
 */
export function adaptationFileProblems(
  checklist: AdaptationFileShape,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const sources = new Set(checklist.adaptation?.localSources.map((source) => source.id));
  const items = new Set(checklist.themes.flatMap((theme) => theme.items.map((item) => item.id)));
  checklist.themes.forEach((theme, t) => {
    theme.items.forEach((item, i) => {
      if (item.local && !checklist.adaptation) {
        problems.push({
          path: ["themes", t, "items", i, "local"],
          message: "only an adapted checklist has local items",
        });
      }
      (item.localSources ?? []).forEach((id, s) => {
        if (!sources.has(id)) {
          problems.push({
            path: ["themes", t, "items", i, "localSources", s],
            message: `"${id}" is not listed in adaptation.localSources`,
          });
        }
      });
    });
  });
  const hidden = new Set<string>();
  (checklist.adaptation?.hidden ?? []).forEach(({ item }, h) => {
    if (hidden.has(item) || items.has(item)) {
      problems.push({
        path: ["adaptation", "hidden", h, "item"],
        message: hidden.has(item) ? `"${item}" is hidden twice` : `"${item}" is hidden and also an item`,
      });
    }
    hidden.add(item);
  });
  const sourceIds = new Set<string>();
  (checklist.adaptation?.localSources ?? []).forEach(({ id }, s) => {
    if (sourceIds.has(id))
      problems.push({
        path: ["adaptation", "localSources", s, "id"],
        message: `duplicate local source id "${id}"`,
      });
    sourceIds.add(id);
  });
  return problems;
}
