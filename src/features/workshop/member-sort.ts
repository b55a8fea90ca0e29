import { RESPONDENT_ROLES } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import { assessedMunicipalityName } from "../../domain/municipalities";
import { collatorFor, type MemberRow } from "../../domain/regional";
import { MATURITY_BANDS } from "../../domain/scoring";

/** A sortable column: fixed ones, or a theme's score as `theme:<id>`. */
export type SortColumn =
  | "municipality"
  | "overall"
  | "coverage"
  | "band"
  | "provisional"
  | "role"
  | "year"
  | `theme:${string}`;

export interface Sort {
  column: SortColumn;
  isDescending: boolean;
}

type SortValue = string | number | null;

function sortValue(row: MemberRow, column: SortColumn, language: Language): SortValue {
  const { overall, themes } = row.score;
  switch (column) {
    case "municipality":
      return assessedMunicipalityName(row.assessment.meta, language);
    case "overall":
      return overall.score;
    case "coverage":
      return overall.coverage;
    case "band":
      return overall.band === null ? null : MATURITY_BANDS.indexOf(overall.band);
    case "provisional":
      return overall.isProvisional ? 1 : 0;
    case "role":
      return RESPONDENT_ROLES.indexOf(row.assessment.meta.respondentRole);
    case "year":
      return row.assessment.meta.year;
    default: {
      const themeId = column.slice("theme:".length);
      return themes.find((theme) => theme.themeId === themeId)?.score ?? null;
    }
  }
}

/**
 * A new array in the column's order. Rows without a value (no score) come last whichever way, so a
 * descending sort starts with the strongest, not the blanks; ties keep the municipality name order.
 */
export function sortRows(rows: readonly MemberRow[], sort: Sort, language: Language): MemberRow[] {
  const collator = collatorFor(language);
  const keyed = rows.map((row) => ({
    row,
    value: sortValue(row, sort.column, language),
    name: assessedMunicipalityName(row.assessment.meta, language),
  }));
  const direction = sort.isDescending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      const order =
        typeof a.value === "string" || typeof b.value === "string"
          ? collator.compare(String(a.value), String(b.value))
          : a.value - b.value;
      if (order !== 0) return order * direction;
    }
    return collator.compare(a.name, b.name);
  });
  return keyed.map(({ row }) => row);
}

/** Names sort A–Z first; figures start from the highest, which is what a workshop asks first. */
export function nextSort(current: Sort, column: SortColumn): Sort {
  if (current.column === column) return { column, isDescending: !current.isDescending };
  return { column, isDescending: column !== "municipality" && column !== "role" };
}
