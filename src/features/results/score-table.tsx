import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ScoreSummary } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { NoValue } from "../../ui/no-value";
import { useScoreText } from "../../ui/score-text";
import { TableScroll } from "../../ui/table-scroll";
import type { Results } from "./use-results";

interface ScoreRowProps {
  title: string;
  summary: ScoreSummary;
  /** Present only when the table has a target column. */
  target?: ScoreSummary | null;
}

function ScoreRow({ title, summary, target }: ScoreRowProps) {
  const { t } = useTranslation("results");
  const { t: tCommon } = useTranslation("common");
  const scoreText = useScoreText();
  return (
    <tr>
      <th scope="row">{title}</th>
      <td>{scoreText.summary(summary)}</td>
      {target !== undefined && (
        <td>{target?.score == null ? <NoValue label={scoreText.none} /> : scoreText.outOf(target.score)}</td>
      )}
      <td>{summary.band ? tCommon(`band.${summary.band}`) : <NoValue label={t("table.noBand")} />}</td>
      <td>{scoreText.coverage(summary)}</td>
    </tr>
  );
}

/** The chart's text equivalent, shown to everyone: the same figures as the cards and the chart. */
export function ScoreTable({ results }: { results: Results }) {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const captionId = useId();
  const { score, targetScore, themes } = results;
  // undefined leaves the target column out; null would be an empty cell.
  const targetOf = (index: number | "overall") =>
    targetScore
      ? index === "overall"
        ? targetScore.overall
        : (targetScore.themes[index] ?? null)
      : undefined;
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table results-table score-table">
        <caption id={captionId}>{t("table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.theme")}</th>
            <th scope="col">{t("table.score")}</th>
            {targetScore && <th scope="col">{t("table.target")}</th>}
            <th scope="col">{t("table.band")}</th>
            <th scope="col">{t("table.coverage")}</th>
          </tr>
        </thead>
        <tbody>
          {score.themes.map((themeScore, index) => (
            <ScoreRow
              key={themeScore.themeId}
              title={themes.get(themeScore.themeId)?.title[language] ?? themeScore.themeId}
              summary={themeScore}
              target={targetOf(index)}
            />
          ))}
        </tbody>
        <tfoot>
          <ScoreRow title={t("card.overallTitle")} summary={score.overall} target={targetOf("overall")} />
        </tfoot>
      </table>
    </TableScroll>
  );
}
