import type { Report } from "../../../domain/report";
import type { ScoreSummary } from "../../../domain/scoring";
import { formatScore } from "../../../ui/format";
import { bandLabel, coverageLabel, coverageSentences, type ReportT, scoreLabel } from "../report-labels";
import { CONTENT_WIDTH, MARGIN, type PdfLayout, STYLE } from "./layout";
import { table } from "./table";
import { type BarSeries, themeBars } from "./theme-bars";

const BOX_HEIGHT = 30;
const BOX_GAP = 6;

/** A framed figure: the label, the score large, and its level; the target box has a dashed frame. */
function scoreBox(
  layout: PdfLayout,
  x: number,
  label: string,
  lines: readonly string[],
  dashed: boolean,
): void {
  const { doc } = layout;
  const width = (CONTENT_WIDTH - BOX_GAP) / 2;
  doc.setDrawColor(0);
  doc.setLineWidth(dashed ? 0.4 : 0.6);
  doc.setLineDashPattern(dashed ? [2, 1.2] : [], 0);
  doc.rect(x, layout.y, width, BOX_HEIGHT, "S");
  doc.setLineDashPattern([], 0);
  let y = layout.drawLines([label], x + 4, layout.y + 3, STYLE.bold);
  const [big, ...rest] = lines;
  if (big !== undefined) y = layout.drawLines([big], x + 4, y + 0.5, STYLE.big);
  for (const line of rest)
    y = layout.drawLines(layout.wrap(line, width - 8, STYLE.body), x + 4, y, STYLE.body);
}

function figureLines(t: ReportT, summary: ScoreSummary, language: Report["language"]): string[] {
  if (summary.score === null) return [t("pdf.score.none"), t("pdf.summary.notYet")];
  return [
    t("pdf.score.value", { score: formatScore(summary.score, language) }),
    t("pdf.summary.band", { band: bandLabel(t, summary.band) }),
  ];
}

function scoreBoxes(layout: PdfLayout, report: Report, t: ReportT): void {
  const { current, target } = report.overall;
  layout.place(BOX_HEIGHT);
  scoreBox(layout, MARGIN.left, t("pdf.summary.overall"), figureLines(t, current, report.language), false);
  const right = MARGIN.left + (CONTENT_WIDTH + BOX_GAP) / 2;
  const targetLines = report.hasTargets
    ? figureLines(t, target, report.language)
    : ["–", t("pdf.summary.noTargets")];
  scoreBox(layout, right, t("pdf.summary.targetBox"), targetLines, true);
  layout.y += BOX_HEIGHT + 4;
}

function coverageParagraph(layout: PdfLayout, report: Report, t: ReportT): void {
  layout.paragraph(coverageSentences(report, t));
}

function scoreTable(layout: PdfLayout, report: Report, t: ReportT): void {
  const { language } = report;
  const row = (title: string, now: ScoreSummary, target: ScoreSummary) => [
    title,
    scoreLabel(t, now, language),
    report.hasTargets ? scoreLabel(t, target, language) : "–",
    bandLabel(t, now.band),
    coverageLabel(t, now, language),
  ];
  layout.heading(t("pdf.summary.tableHeading"), 2);
  table(layout, {
    columns: [
      { header: t("pdf.table.theme"), share: 0.32 },
      { header: t("pdf.summary.now"), share: 0.17, align: "right" },
      { header: t("pdf.table.target"), share: 0.17, align: "right" },
      { header: t("pdf.summary.bandNow"), share: 0.17 },
      { header: t("pdf.table.scored"), share: 0.17, align: "right" },
    ],
    rows: report.themes.map((theme) => row(theme.title, theme.score.current, theme.score.target)),
    total: row(t("pdf.table.overallRow"), report.overall.current, report.overall.target),
  });
}

function chart(layout: PdfLayout, report: Report, t: ReportT): void {
  const { language, comparison } = report;
  const shown = (score: number | null) => (score === null ? "–" : formatScore(score, language));
  const series: BarSeries[] = [
    {
      legend: t("pdf.summary.legendNow"),
      values: report.themes.map((theme) => theme.score.current.score),
      mark: "bar",
    },
  ];
  if (report.hasTargets) {
    series.push({
      legend: t("pdf.summary.legendTarget"),
      values: report.themes.map((theme) => theme.score.target.score),
      // The target as a line and the example as a square on the bar, as on the screen's charts.
      mark: "line",
    });
  }
  if (comparison) {
    series.push({
      legend: t("pdf.summary.legendExample", { name: comparison.name }),
      values: comparison.themes.map((theme) => theme.other.score),
      mark: "square",
    });
  }
  layout.heading(t("pdf.summary.chartHeading"), 2);
  const isOwnComplete = report.themes.every((theme) => theme.score.current.score !== null);
  if (!isOwnComplete) {
    layout.paragraph(t("pdf.summary.chartNotYet"));
    return;
  }
  themeBars(
    layout,
    report.themes.map((theme) => theme.title),
    series,
  );
  const values = report.themes.map((theme, i) => {
    const parts = [t("pdf.summary.valueNow", { score: shown(theme.score.current.score) })];
    if (report.hasTargets)
      parts.push(t("pdf.summary.valueTarget", { score: shown(theme.score.target.score) }));
    if (comparison) {
      const score = shown(comparison.themes[i]?.other.score ?? null);
      parts.push(t("pdf.summary.valueExample", { name: comparison.name, score }));
    }
    return t("pdf.summary.chartValue", { theme: theme.title, values: parts.join(", ") });
  });
  layout.paragraph(t("pdf.summary.chartValues", { list: values.join("; ") }), STYLE.small);
  if (comparison?.themes.some((theme) => theme.other.score === null)) {
    layout.paragraph(t("pdf.summary.notDrawn", { name: comparison.name }), STYLE.small);
  }
}

/** Overall and theme scores now and at target, coverage and level, and the theme bars. */
export function summary(layout: PdfLayout, report: Report, t: ReportT): void {
  layout.section(t("pdf.summary.title"));
  if (report.boardSummary.length > 0) {
    layout.heading(t("pdf.summary.boardHeading"), 2);
    for (const paragraph of report.boardSummary) layout.paragraph(paragraph);
  }
  scoreBoxes(layout, report, t);
  coverageParagraph(layout, report, t);
  scoreTable(layout, report, t);
  chart(layout, report, t);
}
