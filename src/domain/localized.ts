import * as z from "zod/mini";

export const LANGUAGES = ["fi", "sv", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language `value` names, if it names one of the app's: for values read from storage or a library. */
export function languageOf(value: unknown): Language | undefined {
  return LANGUAGES.find((language) => language === value);
}

/** A text with something in it; surrounding spaces are trimmed. */
export const NonBlankTextSchema = z.string().check(z.trim(), z.minLength(1));

/** Every text a user reads carries all three languages: Finnish first, Swedish for bilingual municipalities. */
export const LocalizedTextSchema = z.strictObject({
  fi: NonBlankTextSchema,
  sv: NonBlankTextSchema,
  en: NonBlankTextSchema,
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The same words in every language. */
export function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return LANGUAGES.every((language) => a[language] === b[language]);
}
