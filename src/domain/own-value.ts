/**
 * The record's own entry for `key`, if it has one. Answers, targets and citations are keyed by item id, and a
 * plain `record[id]` for an id such as "constructor" reads Object.prototype's member instead of "no entry";
 * every lookup by item id goes through here so progress, scoring, suggestions and the report agree.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
