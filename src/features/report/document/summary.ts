import type { Report } from "../../../domain/report";
import type { ScoreSummary } from "../../../domain/scoring";
import { formatScore } from "../../../ui/format";
import { bandLabel, coverageLabel, coverageSentences, type ReportT, scoreLabel } from "../report-labels";
import { type Blocks, heading, paragraph, table } from "./blocks";

/** The figures the PDF draws as theme bars, as a table: each theme now, at target and in the example. */
function chartValues(report: Report, t: ReportT): Blocks {
  const { language, comparison } = report;
  const shown = (score: number | null) => (score === null ? "–" : formatScore(score, language));
  return [
    heading(t("pdf.summary.chartHeading"), 2),
    table({
      columns: [
        { header: t("pdf.table.theme"), share: comparison ? 0.4 : 0.6 },
        { header: t("pdf.summary.legendNow"), share: 0.2, align: "right" },
        ...(report.hasTargets
          ? [{ header: t("pdf.summary.legendTarget"), share: 0.2, align: "right" as const }]
          : []),
        ...(comparison
          ? [
              {
                header: t("pdf.summary.legendExample", { name: comparison.name }),
                share: 0.2,
                align: "right" as const,
              },
            ]
          : []),
      ],
      rows: report.themes.map((theme, index) => [
        theme.title,
        shown(theme.score.current.score),
        ...(report.hasTargets ? [shown(theme.score.target.score)] : []),
        ...(comparison ? [shown(comparison.themes[index]?.other.score ?? null)] : []),
      ]),
    }),
  ];
}

/** Overall and theme scores now and at target, with coverage and level. */
export function summary(report: Report, t: ReportT): Blocks {
  const { language, overall } = report;
  const row = (theme: string, now: ScoreSummary, target: ScoreSummary) => [
    theme,
    scoreLabel(t, now, language),
    report.hasTargets ? scoreLabel(t, target, language) : "–",
    bandLabel(t, now.band),
    coverageLabel(t, now, language),
  ];
  // The PDF's two framed figures as two lines: the score and its level.
  const figure = (score: ScoreSummary) =>
    score.score === null
      ? t("pdf.summary.notYet")
      : `${scoreLabel(t, score, language)} · ${t("pdf.summary.band", { band: bandLabel(t, score.band) })}`;
  return [
    heading(t("pdf.summary.title"), 1),
    ...(report.boardSummary.length > 0
      ? [heading(t("pdf.summary.boardHeading"), 2), ...report.boardSummary.map((text) => paragraph(text))]
      : []),
    paragraph(`${t("pdf.summary.overall")}: ${figure(overall.current)}`, { isBold: true }),
    paragraph(
      `${t("pdf.summary.targetBox")}: ${report.hasTargets ? figure(overall.target) : t("pdf.summary.noTargets")}`,
    ),
    paragraph(coverageSentences(report, t)),
    heading(t("pdf.summary.tableHeading"), 2),
    table({
      columns: [
        { header: t("pdf.table.theme"), share: 0.32 },
        { header: t("pdf.summary.now"), share: 0.17, align: "right" },
        { header: t("pdf.table.target"), share: 0.17, align: "right" },
        { header: t("pdf.summary.bandNow"), share: 0.17 },
        { header: t("pdf.table.scored"), share: 0.17, align: "right" },
      ],
      rows: report.themes.map((theme) => row(theme.title, theme.score.current, theme.score.target)),
      total: row(t("pdf.table.overallRow"), overall.current, overall.target),
    }),
    ...chartValues(report, t),
  ];
}
