import { lazy, Suspense, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { hasEveryThemeScore } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { ChartLegend } from "../../ui/chart-legend";
import { formatScore } from "../../ui/format";
import { useNearViewport } from "../../ui/use-near-viewport";
import type { RadarDatum } from "./radar-chart";
import { ScoreTable } from "./score-table";
import type { Results } from "./use-results";

// A chunk of its own (recharts), requested when the chart is about to scroll into view.
const ThemeRadarChart = lazy(() => import("./radar-chart"));

function useChartData(results: Results): RadarDatum[] {
  const language = useAppStore((state) => state.language);
  return results.score.themes.flatMap((themeScore, index) => {
    const theme = results.themes.get(themeScore.themeId);
    if (!theme || themeScore.score === null) return [];
    const target = results.targetScore?.themes[index]?.score;
    return [
      {
        themeId: theme.id,
        title: theme.title[language],
        score: Math.round(themeScore.score),
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
  // A shape with a theme missing would read as a zero there, so the chart waits for every theme (an overall
  // score that leaves out a theme where nothing applies is not enough).
  const isComplete = hasEveryThemeScore(results.score);
  const chartArea = useRef<HTMLDivElement>(null);
  const isNearViewport = useNearViewport(chartArea);
  const loading = <p className="radar-chart radar-chart-loading">{t("chart.loading")}</p>;
  const list = new Intl.ListFormat(language, { type: "conjunction" }).format(
    data.map((datum) => {
      const now = t("chart.themeScore", { theme: datum.title, score: formatScore(datum.score, language) });
      if (datum.target === undefined) return now;
      return `${now} (${t("chart.targetScore", { score: formatScore(datum.target, language) })})`;
    }),
  );
  const hasTarget = data.some((datum) => datum.target !== undefined);
  return (
    <section aria-labelledby={headingId} className="chart-section">
      <h2 id={headingId}>{t("chart.heading")}</h2>
      <div className="chart-layout" ref={chartArea}>
        {isComplete ? (
          isNearViewport ? (
            <div>
              <Suspense fallback={loading}>
                <ThemeRadarChart data={data} label={t("chart.label", { list })} />
              </Suspense>
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
            loading
          )
        ) : (
          <p className="chart-not-yet">{t("chart.notYet")}</p>
        )}
        <ScoreTable results={results} />
      </div>
    </section>
  );
}
