import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Theme } from "../../domain/checklist";
import { LEVELS } from "../../domain/level";
import { cellFor, type ItemDistribution, positionOf } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { LevelCell, useCellLabel } from "../../ui/level-cell";
import { TableScroll } from "../../ui/table-scroll";
import { formatFigure } from "./format-figure";
import { QuartileCells } from "./quartile-cells";

interface ItemDistributionTableProps {
  theme: Theme;
  numbers: ReadonlyMap<string, string>;
  distributions: readonly ItemDistribution[];
  highlight: Assessment | null;
  highlightName: string | null;
}

/** One theme's items: how many at each level, don't know, not applicable and blank; quartiles of the levels. */
export function ItemDistributionTable({
  theme,
  numbers,
  distributions,
  highlight,
  highlightName,
}: ItemDistributionTableProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const cellLabel = useCellLabel();
  const captionId = useId();
  const columns = [
    ...LEVELS.map((level) => cellLabel({ kind: "level", level })),
    cellLabel({ kind: "dontKnow" }),
    cellLabel({ kind: "notApplicable" }),
    cellLabel({ kind: "unanswered" }),
  ];
  const items = new Map(theme.items.map((item) => [item.id, item.text[language]]));
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table distribution-table">
        <caption id={captionId}>{t("items.caption", { theme: theme.title[language] })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("items.item")}</th>
            {columns.map((label, index) => (
              <th key={label} scope="col">
                {index < LEVELS.length ? t("items.level", { level: index, label }) : label}
              </th>
            ))}
            <th scope="col">{t("distribution.n")}</th>
            <th scope="col">{t("distribution.q1")}</th>
            <th scope="col">{t("distribution.median")}</th>
            <th scope="col">{t("distribution.q3")}</th>
            {highlightName !== null && (
              <th scope="col">{t("distribution.highlight", { name: highlightName })}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {distributions.map((distribution) => {
            const own = highlight && cellFor(highlight, distribution.itemId);
            const { quartiles } = distribution;
            return (
              <tr key={distribution.itemId}>
                <th scope="row">
                  {t("items.itemName", {
                    number: numbers.get(distribution.itemId) ?? "",
                    text: items.get(distribution.itemId) ?? distribution.itemId,
                  })}
                </th>
                {LEVELS.map((level) => (
                  <td key={level} className="number">
                    {distribution.levels[level]}
                  </td>
                ))}
                <td className="number">{distribution.dontKnow}</td>
                <td className="number">{distribution.notApplicable}</td>
                <td className="number">{distribution.unanswered}</td>
                <td className="number">{distribution.n}</td>
                <QuartileCells
                  quartiles={quartiles}
                  format={formatFigure}
                  language={language}
                  noneLabel={t("distribution.tooFewLevels")}
                />
                {own && (
                  <td className="highlight-cell">
                    <LevelCell cell={own} label={cellLabel(own)} />
                    {own.kind === "level" && quartiles && (
                      <span className="highlight-position">
                        {t(`position.${positionOf(own.level, quartiles)}`)}
                      </span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
