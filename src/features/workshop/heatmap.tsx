import { type CSSProperties, memo, startTransition, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist, Item } from "../../domain/checklist";
import type { Language } from "../../domain/localized";
import { assessedMunicipalityName } from "../../domain/municipalities";
import { cellFor, type MemberRow } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { LevelCell, type ShownCell, useCellLabel } from "../../ui/level-cell";
import { useNearViewport } from "../../ui/use-near-viewport";

interface HeatmapProps {
  basis: Checklist;
  numbers: ReadonlyMap<string, string>;
  /** In column order. */
  rows: readonly MemberRow[];
}

/**
 * Drawn when the user scrolls near it: at 308 members it is 15 000 cells, which would otherwise hold up the
 * table at the top of the page while an import finishes.
 */
export function Heatmap(props: HeatmapProps) {
  const { t } = useTranslation("workshop");
  const placeholder = useRef<HTMLParagraphElement>(null);
  const isNear = useNearViewport(placeholder, "600px");
  if (isNear) return <HeatmapTable {...props} />;
  return (
    <p ref={placeholder} className="heatmap-placeholder" aria-busy="true">
      {t("heatmap.loading")}
    </p>
  );
}

/** Rows drawn per task: at 308 members a row is 308 cells, and all 48 rows at once block the page a second. */
const ROWS_PER_STEP = 4;

/**
 * How many rows to draw: a step more after each paint until all are there, starting again when the members
 * change. Every drawn row stays in the table, so it is a real table, never a virtual one.
 */
function useGrowingCount(total: number, members: unknown): number {
  const [state, setState] = useState({ count: ROWS_PER_STEP, members });
  if (state.members !== members) setState({ count: ROWS_PER_STEP, members });
  useEffect(() => {
    if (state.count >= total) return;
    const timer = setTimeout(() =>
      startTransition(() => setState((current) => ({ ...current, count: current.count + ROWS_PER_STEP }))),
    );
    return () => clearTimeout(timer);
  }, [state.count, total]);
  return Math.min(state.count, total);
}

interface HeatmapRowProps {
  item: Item;
  number: string;
  rows: readonly MemberRow[];
  cellLabel: (cell: ShownCell) => string;
  language: Language;
}

/** Memoised, so drawing the next rows leaves the drawn ones alone. */
const HeatmapRow = memo(function HeatmapRow({ item, number, rows, cellLabel, language }: HeatmapRowProps) {
  return (
    <tr>
      <th scope="row" className="heatmap-item" title={item.text[language]}>
        <span className="heatmap-item-text">
          <span className="heatmap-number">{number}</span> {item.text[language]}
        </span>
      </th>
      {rows.map(({ assessment }) => {
        const cell = cellFor(assessment, item.id);
        return (
          <td key={assessment.id}>
            <LevelCell cell={cell} label={cellLabel(cell)} />
          </td>
        );
      })}
    </tr>
  );
});

/**
 * Items × members as a real table: screen readers announce the item and the municipality of every cell.
 * Both headers stick while the box scrolls, so 308 columns stay readable; the box is a focusable region,
 * so the keyboard scrolls it too. Memoised: it redraws only when the members or the language change.
 */
const HeatmapTable = memo(function HeatmapTable({ basis, numbers, rows }: HeatmapProps) {
  const { t } = useTranslation("workshop");
  const { t: tc } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const cellLabel = useCellLabel();
  const captionId = useId();
  const total = basis.themes.reduce((sum, theme) => sum + theme.items.length, 0);
  const count = useGrowingCount(total, rows);
  let drawn = 0;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard
    <section className="heatmap-scroll" tabIndex={0} aria-labelledby={captionId} aria-busy={count < total}>
      <table className="heatmap" style={{ "--heatmap-columns": rows.length } as CSSProperties}>
        <caption id={captionId}>{t("heatmap.caption", { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap-corner">
              {t("heatmap.item")}
            </th>
            {rows.map(({ assessment }) => (
              <th key={assessment.id} scope="col" className="heatmap-member">
                {/* The title shows a name the vertical header cuts short. */}
                <span title={assessedMunicipalityName(assessment.meta, language)}>
                  {assessedMunicipalityName(assessment.meta, language)}
                  {assessment.meta.respondentRole !== "municipality" &&
                    ` (${tc(`role.${assessment.meta.respondentRole}`)})`}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {basis.themes.map((theme) => {
          const items = theme.items.slice(0, Math.max(0, count - drawn));
          drawn += items.length;
          if (items.length === 0) return null;
          return (
            <tbody key={theme.id}>
              <tr className="heatmap-theme">
                <th scope="rowgroup">{theme.title[language]}</th>
                <td colSpan={rows.length} />
              </tr>
              {items.map((item) => (
                <HeatmapRow
                  key={item.id}
                  item={item}
                  number={numbers.get(item.id) ?? ""}
                  rows={rows}
                  cellLabel={cellLabel}
                  language={language}
                />
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
});
