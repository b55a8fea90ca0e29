import { Fragment, useId } from "react";
import { useTranslation } from "react-i18next";
import {
  LIBRARY_COLUMNS,
  type LibraryColumn,
  type LibraryRow,
  type SortDirection,
} from "../../domain/library";
import { useAppStore } from "../../store/app-store";
import { formatDate, formatScore } from "../../ui/format";
import { SortHeader } from "../../ui/sort-header";
import { TableScroll } from "../../ui/table-scroll";
import { useRowName } from "./use-row-name";

export interface LibrarySort {
  column: LibraryColumn;
  direction: SortDirection;
}

/** What a row's buttons ask the page to do; the page owns the forms and the messages. */
export type RowAction = "open" | "duplicate" | "edit" | "export" | "delete";
const ROW_ACTIONS: readonly RowAction[] = ["open", "duplicate", "edit", "export", "delete"];

interface LibraryTableProps {
  rows: readonly LibraryRow[];
  sort: LibrarySort;
  onSort: (column: LibraryColumn) => void;
  openId: string | null;
  onAction: (action: RowAction, row: LibraryRow) => void;
}

/** Every stored assessment a row, sortable by any column (the headers are buttons with aria-sort). */
export function LibraryTable({ rows, sort, onSort, openId, onAction }: LibraryTableProps) {
  const { t } = useTranslation("library");
  const { t: tc } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const rowName = useRowName();
  const captionId = useId();
  // Once per render, not once per row: the table has hundreds of rows of five buttons each.
  const actionLabels = ROW_ACTIONS.map((action) => [action, t(`table.${action}`)] as const);
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table library-table">
        <caption id={captionId}>
          {t("table.caption")}
          <span className="library-caption-hint">{t("table.sortHint")}</span>
        </caption>
        <thead>
          <tr>
            {LIBRARY_COLUMNS.map((column) => (
              <SortHeader
                key={column}
                label={t(`table.${column}`)}
                direction={sort.column === column ? sort.direction : null}
                onSort={() => onSort(column)}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = rowName(row);
            return (
              <Fragment key={row.id}>
                <tr className="library-row" aria-current={row.id === openId ? "true" : undefined}>
                  <th scope="row">
                    {row.municipality.trim() === "" ? t("noMunicipality") : row.municipality}
                    {row.id === openId && <span className="library-open-mark">{t("table.isOpen")}</span>}
                  </th>
                  <td>{row.year}</td>
                  <td>{tc(`role.${row.role}`)}</td>
                  <td>{row.checklistVersion}</td>
                  <td className="number">
                    {t("table.progressCount", { answered: row.answered, total: row.total })}
                  </td>
                  <td>
                    {row.score === null || row.band === null
                      ? tc("score.none")
                      : t("table.scoreBand", {
                          score: tc("score.outOf", { score: formatScore(row.score, language) }),
                          band: tc(`band.${row.band}`),
                        })}
                  </td>
                  <td>{formatDate(row.updatedAt, language)}</td>
                </tr>
                {/* The row's actions on a line of their own under it: in a column they were squeezed into a
                    stack, and the table grew wider than the page. Each button's name says which row it is for. */}
                <tr className="library-actions-row">
                  <td colSpan={LIBRARY_COLUMNS.length}>
                    <div className="library-actions">
                      {actionLabels.map(([action, label]) => (
                        <button
                          key={action}
                          type="button"
                          className={`button ${action === "open" ? "button-primary" : "button-secondary"}`}
                          aria-label={`${label}: ${name}`}
                          onClick={() => onAction(action, row)}
                        >
                          {label}
                        </button>
                      ))}
                    </div>
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
