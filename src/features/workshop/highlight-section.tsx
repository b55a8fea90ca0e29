import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import type { MemberRow, ThemeDistribution } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { ChartLegend } from "../../ui/chart-legend";
import { formatScore } from "../../ui/format";
import { type ThemeBarDatum, ThemeBars } from "../../ui/theme-bars";

/** The highlighted municipality as the bar, the regional median marked on it. */
const HIGHLIGHT_SERIES = ["own", "other"] as const;

interface HighlightSectionProps {
  basis: Checklist;
  highlight: MemberRow;
  highlightName: string;
  themes: readonly ThemeDistribution[];
}

/**
 * The highlighted member against the regional median as theme bars. The theme table above holds the same
 * figures with the quartiles, so the chart needs no table of its own.
 */
export function HighlightSection({ basis, highlight, highlightName, themes }: HighlightSectionProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const medians = new Map(themes.map((theme) => [theme.themeId, theme.quartiles?.median]));
  const data: ThemeBarDatum[] = basis.themes.map((theme) => {
    const own = highlight.score.themes.find((score) => score.themeId === theme.id)?.score;
    const median = medians.get(theme.id);
    return {
      themeId: theme.id,
      title: theme.title[language],
      ...(own === null || own === undefined ? {} : { own: Math.round(own) }),
      ...(median === undefined ? {} : { other: Math.round(median) }),
    };
  });
  const summary = data
    .map((datum) =>
      t("bars.theme", {
        theme: datum.title,
        own: datum.own === undefined ? "–" : formatScore(datum.own, language),
        median: datum.other === undefined ? "–" : formatScore(datum.other, language),
      }),
    )
    .join("; ");
  return (
    <section className="highlight-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("bars.heading", { name: highlightName })}</h3>
      <ChartLegend
        label={t("bars.legend")}
        entries={[
          { series: "own", text: t("bars.own", { name: highlightName }) },
          { series: "other", text: t("bars.median") },
        ]}
      />
      <ThemeBars
        data={data}
        series={HIGHLIGHT_SERIES}
        label={t("bars.label", { name: highlightName, summary })}
      />
    </section>
  );
}
