import { memo, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { cellFor, type MemberRow } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { LevelCell, useCellLabel } from "../../ui/level-cell";
import { useNearViewport } from "../../ui/use-near-viewport";
import { memberName } from "./member-name";

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
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard
    <section className="heatmap-scroll" tabIndex={0} aria-labelledby={captionId}>
      <table className="heatmap">
        <caption id={captionId}>{t("heatmap.caption", { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap-corner">
              {t("heatmap.item")}
            </th>
            {rows.map(({ assessment }) => (
              <th key={assessment.id} scope="col" className="heatmap-member">
                <span>
                  {memberName(assessment.meta, language)}
                  {assessment.meta.respondentRole !== "municipality" &&
                    ` (${tc(`role.${assessment.meta.respondentRole}`)})`}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {basis.themes.map((theme) => (
          <tbody key={theme.id}>
            <tr className="heatmap-theme">
              <th scope="rowgroup" colSpan={1}>
                {theme.title[language]}
              </th>
              <td colSpan={rows.length} />
            </tr>
            {theme.items.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="heatmap-item" title={item.text[language]}>
                  <span className="heatmap-item-text">
                    <span className="heatmap-number">{numbers.get(item.id)}</span> {item.text[language]}
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
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
});
