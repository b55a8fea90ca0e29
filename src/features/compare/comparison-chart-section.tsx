import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import type { Comparison } from "../../domain/compare";
import { hasEveryThemeScore, type ThemeScore } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { ChartLegend } from "../../ui/chart-legend";
import { formatScore } from "../../ui/format";
import type { SeriesKey } from "../../ui/series-mark";
import { type ThemeBarDatum, ThemeBars } from "../../ui/theme-bars";
import { ComparisonScoreTable } from "./comparison-score-table";

/** The two sides of a comparison: the user's own (or a highlighted municipality) and the other (an example). */
type Side = Extract<SeriesKey, "own" | "other">;

interface ComparisonChartSectionProps {
  comparison: Comparison;
  checklist: Checklist;
  ownName: string;
  otherName: string;
}

function rounded(score: ThemeScore): number | undefined {
  return score.score === null ? undefined : Math.round(score.score);
}

/**
 * A side with a theme missing would look whole beside the other, so a side is drawn only when every theme has
 * a score: with no saved assessment the example is still drawn alone.
 */
function drawnSeries(comparison: Comparison): Side[] {
  const series: Side[] = [];
  if (hasEveryThemeScore(comparison.own)) series.push("own");
  if (hasEveryThemeScore(comparison.other)) series.push("other");
  return series;
}

function useChartLabel(data: readonly ThemeBarDatum[], series: readonly Side[], names: Record<Side, string>) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const list = (key: Side) =>
    new Intl.ListFormat(language, { type: "conjunction" }).format(
      data.map((datum) =>
        t("chart.themeScore", { theme: datum.title, score: formatScore(datum[key] ?? 0, language) }),
      ),
    );
  const parts = series.map((key) => t("chart.series", { name: names[key], list: list(key) }));
  return t("chart.label", { series: parts.join(". ") });
}

export function ComparisonChartSection({
  comparison,
  checklist,
  ownName,
  otherName,
}: ComparisonChartSectionProps) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const titles = new Map(checklist.themes.map((theme) => [theme.id, theme.title[language]]));
  const data: ThemeBarDatum[] = comparison.themes.map((theme) => ({
    themeId: theme.themeId,
    title: titles.get(theme.themeId) ?? theme.themeId,
    own: rounded(theme.own),
    other: rounded(theme.other),
  }));
  const series = drawnSeries(comparison);
  const names = { own: ownName, other: otherName };
  const label = useChartLabel(data, series, names);
  return (
    <section aria-labelledby={headingId} className="compare-chart">
      <h2 id={headingId}>{t("chart.heading")}</h2>
      {/* chart-layout: the class the end-to-end tests scroll to before checking a page. */}
      <div className="chart-layout">
        {series.length === 0 ? (
          <p className="chart-not-yet">{t("chart.notYet")}</p>
        ) : (
          <div>
            <ThemeBars data={data} series={series} label={label} />
            <ChartLegend
              label={t("chart.legend")}
              entries={series.map((side) => ({
                series: side,
                text:
                  side === "own"
                    ? t("chart.legendOwn", { name: names.own })
                    : t("chart.legendOther", { name: names.other }),
              }))}
            />
            {series.length === 1 && <p>{series[0] === "own" ? t("chart.onlyOwn") : t("chart.onlyOther")}</p>}
          </div>
        )}
        <ComparisonScoreTable
          comparison={comparison}
          checklist={checklist}
          ownName={ownName}
          otherName={otherName}
        />
      </div>
    </section>
  );
}
