import type { MemberRow } from "../../domain/regional";

/** null: every region or county. */
export interface MemberFilter {
  regionCode: string | null;
  countyCode: string | null;
}

export const NO_FILTER: MemberFilter = { regionCode: null, countyCode: null };

export function filterRows(rows: readonly MemberRow[], filter: MemberFilter): MemberRow[] {
  return rows.filter(
    (row) =>
      (filter.regionCode === null || row.regionCode === filter.regionCode) &&
      (filter.countyCode === null || row.countyCode === filter.countyCode),
  );
}

export const GROUPINGS = ["none", "region", "county"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The codes present among the rows with how many members each has, in the list's own order. */
export function presentCodes(
  rows: readonly MemberRow[],
  codeOf: (row: MemberRow) => string | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const code = codeOf(row);
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
