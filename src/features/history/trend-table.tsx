import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Trend } from "../../domain/history";
import type { ScoreSummary } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { useScoreText } from "../../ui/score-text";
import { TableScroll } from "../../ui/table-scroll";

function Row({ title, scores }: { title: string; scores: readonly (ScoreSummary | null)[] }) {
  const { t } = useTranslation("history");
  const scoreText = useScoreText();
  return (
    <tr>
      <th scope="row">{title}</th>
      {scores.map((summary, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one column per year, in year order
        <td key={index}>
          {summary === null ? (
            t("trend.notInVersion")
          ) : (
            <>
              {scoreText.summary(summary)}{" "}
              <span className="trend-coverage">
                {t("trend.scored", { coverage: scoreText.coverage(summary) })}
              </span>
            </>
          )}
        </td>
      ))}
    </tr>
  );
}

/** The chart's text equivalent: the overall and each theme's score by year, with the share scored. */
export function TrendTable({ trend }: { trend: Trend }) {
  const { t } = useTranslation("history");
  const language = useAppStore((state) => state.language);
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table trend-table">
        <caption id={captionId}>{t("trend.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trend.theme")}</th>
            {trend.years.map((year) => (
              <th scope="col" key={year}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row title={t("trend.overall")} scores={trend.overall} />
          {trend.themes.map(({ theme, scores }) => (
            <Row key={theme.id} title={theme.title[language]} scores={scores} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
