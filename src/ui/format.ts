import type { Language } from "../domain/localized";

const LOCALES: Record<Language, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** Building an Intl formatter costs far more than using one; the results page formats hundreds of values. */
function cached<F>(create: (locale: string) => F): (language: Language) => F {
  const byLanguage = new Map<Language, F>();
  return (language) => {
    let formatter = byLanguage.get(language);
    if (!formatter) {
      formatter = create(LOCALES[language]);
      byLanguage.set(language, formatter);
    }
    return formatter;
  };
}

const percentFormat = cached(
  (locale) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }),
);
const scoreFormat = cached((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const levelFormat = cached((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
const monthFormat = cached((locale) => new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }));
const dateFormat = cached(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
);

export function formatPercent(share: number, language: Language): string {
  return percentFormat(language).format(share);
}

/** Scores are shown as whole numbers out of 100; the unrounded value stays in the domain. */
export function formatScore(score: number, language: Language): string {
  return scoreFormat(language).format(score);
}

/** A median of levels, which can fall between two (1.5): one decimal, a comma in fi and sv. */
export function formatLevel(level: number, language: Language): string {
  return levelFormat(language).format(level);
}

/** A difference with its sign, "+2" or "−1,5", the minus a true minus sign that screen readers read. */
export function formatDifference(value: number, language: Language): string {
  const text = formatLevel(Math.abs(value), language);
  if (value > 0) return `+${text}`;
  return value < 0 ? `−${text}` : text;
}

export function formatDate(isoDate: string, language: Language): string {
  return dateFormat(language).format(new Date(isoDate));
}

/** The month's name as it stands alone (fi "tammikuu", sv "januari"); month is 1–12. */
export function formatMonth(month: number, language: Language): string {
  return monthFormat(language).format(Date.UTC(2000, month - 1, 1));
}

/** The month's name to start a heading, an option or a table cell (fi "Tammikuu", sv "Januari"). */
export function formatMonthTitle(month: number, language: Language): string {
  const name = formatMonth(month, language);
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
