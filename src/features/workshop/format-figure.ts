import type { Language } from "../../domain/localized";

const formats = new Map<Language, Intl.NumberFormat>();

/** A median or quartile of levels (0–3) falls between them, e.g. 1,5: up to two decimals, in the language's way. */
export function formatFigure(value: number, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    formats.set(language, format);
  }
  return format.format(value);
}
