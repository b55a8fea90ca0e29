/** Two id lists in the same order: a kept arrangement still matches a fresh one. */
export function isSameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
