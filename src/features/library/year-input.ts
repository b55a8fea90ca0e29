/** The year the user typed, when it is a whole year the assessment format accepts (2000–2100). */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : null;
}
