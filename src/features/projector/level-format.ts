import type { Language } from "../../domain/localized";

const formats = new Map<Language, Intl.NumberFormat>();

/** A median or quartile of levels 0–3, which interpolation can put between levels: "1,75" in fi. */
export function formatLevelValue(value: number, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === "en" ? "en-GB" : `${language}-FI`, {
      maximumFractionDigits: 2,
    });
    formats.set(language, format);
  }
  return format.format(value);
}
