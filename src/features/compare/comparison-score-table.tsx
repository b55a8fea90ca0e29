import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import type { Comparison } from "../../domain/compare";
import type { ScoreSummary } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { useScoreText } from "../../ui/score-text";
import { TableScroll } from "../../ui/table-scroll";

function Row({ title, own, other }: { title: string; own: ScoreSummary; other: ScoreSummary }) {
  const scoreText = useScoreText();
  const cells = (summary: ScoreSummary) => [scoreText.summary(summary), scoreText.coverage(summary)];
  return (
    <tr>
      <th scope="row">{title}</th>
      {[...cells(own), ...cells(other)].map((text, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: four fixed columns
        <td key={index}>{text}</td>
      ))}
    </tr>
  );
}

interface ComparisonScoreTableProps {
  comparison: Comparison;
  checklist: Checklist;
  ownName: string;
  otherName: string;
}

/** The chart's text equivalent: each theme's score and coverage for both sides, side by side. */
export function ComparisonScoreTable({
  comparison,
  checklist,
  ownName,
  otherName,
}: ComparisonScoreTableProps) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const captionId = useId();
  const titles = new Map(checklist.themes.map((theme) => [theme.id, theme.title[language]]));
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t("table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.theme")}</th>
            <th scope="col">{t("table.score", { name: ownName })}</th>
            <th scope="col">{t("table.coverage", { name: ownName })}</th>
            <th scope="col">{t("table.score", { name: otherName })}</th>
            <th scope="col">{t("table.coverage", { name: otherName })}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.themes.map((theme) => (
            <Row
              key={theme.themeId}
              title={titles.get(theme.themeId) ?? theme.themeId}
              own={theme.own}
              other={theme.other}
            />
          ))}
        </tbody>
        <tfoot>
          <Row title={t("table.overall")} own={comparison.own.overall} other={comparison.other.overall} />
        </tfoot>
      </table>
    </TableScroll>
  );
}
