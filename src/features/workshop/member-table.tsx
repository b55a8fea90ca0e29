import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import type { MemberRow } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { SortHeader } from "../../ui/sort-header";
import { TableScroll } from "../../ui/table-scroll";
import type { Grouping } from "./member-filter";
import { nextSort, type Sort, type SortColumn, sortRows } from "./member-sort";
import { MemberTableRow, type RowTexts } from "./member-table-row";
import { type RowGroup, useRowGroups } from "./use-row-groups";

interface MemberTableProps {
  workshopId: string;
  basis: Checklist;
  rows: readonly MemberRow[];
  grouping: Grouping;
}

const FIRST_SORT: Sort = { column: "municipality", isDescending: false };

/** Municipality × scores, sortable by any column (headers are buttons with aria-sort), optionally grouped. */
export function MemberTable({ workshopId, basis, rows, grouping }: MemberTableProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const [sort, setSort] = useState(FIRST_SORT);
  const captionId = useId();
  const sorted = useMemo(() => sortRows(rows, sort, language), [rows, sort, language]);
  const groups: RowGroup[] = useRowGroups(sorted, grouping);
  const { t: tc } = useTranslation("common");
  const texts: RowTexts = useMemo(
    () => ({
      language,
      noScore: tc("score.none"),
      provisional: t("table.isProvisional"),
      notProvisional: t("table.notProvisional"),
      band: (band) => tc(`band.${band}`),
      role: (role) => tc(`role.${role}`),
    }),
    [language, t, tc],
  );
  const onSort = (column: SortColumn) => setSort((current) => nextSort(current, column));
  const columns: { column: SortColumn; label: string }[] = [
    { column: "municipality", label: t("table.municipality") },
    { column: "overall", label: t("table.overall") },
    ...basis.themes.map((theme) => ({ column: `theme:${theme.id}` as const, label: theme.title[language] })),
    { column: "coverage", label: t("table.coverage") },
    { column: "band", label: t("table.band") },
    { column: "provisional", label: t("table.provisional") },
    { column: "role", label: t("table.role") },
    { column: "year", label: t("table.year") },
  ];
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table member-table">
        <caption id={captionId}>{t("table.caption", { count: rows.length })}</caption>
        <thead>
          <tr>
            {columns.map(({ column, label }) => (
              <SortHeader
                key={column}
                label={label}
                direction={sort.column !== column ? null : sort.isDescending ? "descending" : "ascending"}
                onSort={() => onSort(column)}
              />
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.code ?? "all"}>
            {group.title !== null && (
              <tr className="member-group">
                <th scope="rowgroup" colSpan={columns.length}>
                  {t("table.group", { name: group.title, count: group.rows.length })}
                </th>
              </tr>
            )}
            {group.rows.map((row) => (
              <MemberTableRow key={row.assessment.id} workshopId={workshopId} row={row} texts={texts} />
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
