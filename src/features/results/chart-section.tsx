import { useId } from "react";
import { useTranslation } from "react-i18next";
import { hasEveryThemeScore } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { ChartLegend } from "../../ui/chart-legend";
import { formatScore } from "../../ui/format";
import { type ThemeBarDatum, ThemeBars } from "../../ui/theme-bars";
import { ScoreTable } from "./score-table";
import type { Results } from "./use-results";

function useChartData(results: Results): ThemeBarDatum[] {
  const language = useAppStore((state) => state.language);
  return results.score.themes.flatMap((themeScore, index) => {
    const theme = results.themes.get(themeScore.themeId);
    if (!theme || themeScore.score === null) return [];
    const target = results.targetScore?.themes[index]?.score;
    return [
      {
        themeId: theme.id,
        title: theme.title[language],
        own: Math.round(themeScore.score),
        ...(target == null ? {} : { target: Math.round(target) }),
      },
    ];
  });
}

export function ChartSection({ results }: { results: Results }) {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const data = useChartData(results);
  // A chart with a theme left out would look like the whole picture, so it waits for every theme (an overall
  // score that leaves out a theme where nothing applies is not enough).
  const isComplete = hasEveryThemeScore(results.score);
  const list = new Intl.ListFormat(language, { type: "conjunction" }).format(
    data.map((datum) => {
      const now = t("chart.themeScore", { theme: datum.title, score: formatScore(datum.own ?? 0, language) });
      if (datum.target === undefined) return now;
      return `${now} (${t("chart.targetScore", { score: formatScore(datum.target, language) })})`;
    }),
  );
  const hasTarget = data.some((datum) => datum.target !== undefined);
  return (
    <section aria-labelledby={headingId} className="chart-section">
      <h2 id={headingId}>{t("chart.heading")}</h2>
      <div className="chart-layout">
        {isComplete ? (
          <div>
            <ThemeBars
              data={data}
              series={hasTarget ? ["own", "target"] : ["own"]}
              label={t("chart.label", { list })}
            />
            {hasTarget && (
              <ChartLegend
                label={t("chart.legend")}
                entries={[
                  { series: "own", text: t("chart.legendNow") },
                  { series: "target", text: t("chart.legendTarget") },
                ]}
              />
            )}
          </div>
        ) : (
          <p className="chart-not-yet">{t("chart.notYet")}</p>
        )}
        <ScoreTable results={results} />
      </div>
    </section>
  );
}
