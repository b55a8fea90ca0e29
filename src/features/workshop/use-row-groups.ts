import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { regionNames, wellbeingCountyNames } from "../../domain/municipalities";
import type { MemberRow } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import type { Grouping } from "./member-filter";

export interface RowGroup {
  /** The region or county code, "unknown" for members without a known municipality; null when ungrouped. */
  code: string | null;
  /** null: no heading row. */
  title: string | null;
  rows: MemberRow[];
}

/** Groups in the classification's order, each keeping the table's sort; unknown municipalities last. */
export function useRowGroups(rows: readonly MemberRow[], grouping: Grouping): RowGroup[] {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  return useMemo(() => {
    if (grouping === "none") return [{ code: null, title: null, rows: [...rows] }];
    const names = grouping === "region" ? regionNames(language) : wellbeingCountyNames(language);
    const codeOf = (row: MemberRow) => (grouping === "region" ? row.regionCode : row.countyCode);
    const groups: RowGroup[] = names.map(({ code, name }) => ({
      code,
      title: name,
      rows: rows.filter((row) => codeOf(row) === code),
    }));
    groups.push({
      code: "unknown",
      title: t("table.unknownGroup"),
      rows: rows.filter((row) => codeOf(row) === undefined),
    });
    return groups.filter((group) => group.rows.length > 0);
  }, [rows, grouping, language, t]);
}
