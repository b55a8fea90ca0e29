import { lazy, Suspense, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Trend } from "../../domain/history";
import { useAppStore } from "../../store/app-store";
import { formatScore } from "../../ui/format";
import { useNearViewport } from "../../ui/use-near-viewport";
import type { TrendSeries } from "./trend-chart";
import { TrendLegend } from "./trend-legend";
import { TrendTable } from "./trend-table";

// A chunk of its own (recharts), requested when the chart is about to scroll into view.
const TrendChart = lazy(() => import("./trend-chart"));

function useSeries(trend: Trend): TrendSeries[] {
  const { t } = useTranslation("history");
  const language = useAppStore((state) => state.language);
  const rounded = (score: number | null | undefined) => (score == null ? null : Math.round(score));
  return [
    { name: t("trend.overall"), values: trend.overall.map((summary) => rounded(summary.score)) },
    ...trend.themes.map(({ theme, scores }) => ({
      name: theme.title[language],
      values: scores.map((summary) => rounded(summary?.score)),
    })),
  ];
}

export function TrendSection({ trend }: { trend: Trend }) {
  const { t } = useTranslation("history");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const series = useSeries(trend);
  const chartArea = useRef<HTMLDivElement>(null);
  const isNearViewport = useNearViewport(chartArea);
  const loading = <p className="trend-chart trend-chart-loading">{t("trend.loading")}</p>;
  const list = series
    .map(({ name, values }) => {
      const points = values.flatMap((score, y) =>
        score === null
          ? []
          : [t("trend.point", { year: trend.years[y], score: formatScore(score, language) })],
      );
      return t("trend.series", { name, values: new Intl.ListFormat(language).format(points) });
    })
    .join(". ");
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("trend.heading")}</h2>
      <div ref={chartArea}>
        {isNearViewport ? (
          <Suspense fallback={loading}>
            <TrendChart years={trend.years} series={series} label={t("trend.label", { list })} />
          </Suspense>
        ) : (
          loading
        )}
        <TrendLegend label={t("trend.legend")} names={series.map(({ name }) => name)} />
      </div>
      <TrendTable trend={trend} />
    </section>
  );
}
