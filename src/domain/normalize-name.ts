/**
 * Case, spacing and Unicode form do not matter: "  koski  tl " and a decomposed "Pöytyä" match. Its own module,
 * so comparing names never loads the municipality classification.
 */
export function normalizeName(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("fi");
}
