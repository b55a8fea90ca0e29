import type { Report, ReportComparison, ReportDifference } from "../../../domain/report";
import type { ScoreSummary } from "../../../domain/scoring";
import { answerLabel, coverageLabel, type ItemNumbers, type ReportT, scoreLabel } from "../report-labels";
import { type Blocks, type CellLine, heading, paragraph, table } from "./blocks";

function scoreTable(report: Report, comparison: ReportComparison, t: ReportT): Blocks {
  const { language } = report;
  const { name } = comparison;
  const row = (title: string, own: ScoreSummary, other: ScoreSummary) => [
    title,
    scoreLabel(t, own, language),
    coverageLabel(t, own, language),
    scoreLabel(t, other, language),
    coverageLabel(t, other, language),
  ];
  return [
    heading(t("pdf.comparison.scoresHeading"), 2),
    table({
      columns: [
        { header: t("pdf.table.theme"), share: 0.3 },
        { header: t("pdf.comparison.ownScore"), share: 0.19, align: "right" },
        { header: t("pdf.table.scored"), share: 0.16, align: "right" },
        { header: t("pdf.comparison.otherScore", { name }), share: 0.19, align: "right" },
        { header: t("pdf.table.scored"), share: 0.16, align: "right" },
      ],
      rows: comparison.themes.map((theme) => row(theme.title, theme.own, theme.other)),
      total: row(t("pdf.table.overallRow"), comparison.overall.own, comparison.overall.other),
    }),
  ];
}

/** The item, then how the example does it or why a side chose "not applicable". */
function itemCell(difference: ReportDifference, name: string, t: ReportT): CellLine[] {
  const lines: CellLine[] = [{ text: difference.itemText }];
  const explain = (text: string) => lines.push({ text, isMuted: true });
  if (difference.difference === "theyHaveYouLack" && difference.otherBasis) {
    explain(t("pdf.comparison.howTheyDoIt", { name, text: difference.otherBasis }));
  }
  if (difference.difference === "theyChoseNotApplicable" && difference.otherBasis) {
    explain(t("pdf.comparison.theirReason", { name, text: difference.otherBasis }));
  }
  if (difference.difference === "youChoseNotApplicable" && difference.own?.kind === "notApplicable") {
    explain(t("pdf.comparison.ownReason", { text: difference.own.reason }));
  }
  return lines;
}

function differenceTable(comparison: ReportComparison, t: ReportT, numbers: ItemNumbers): Blocks {
  const { name, differences } = comparison;
  const count = (kind: ReportDifference["difference"]) =>
    differences.filter((difference) => difference.difference === kind).length;
  const heading2 = heading(t("pdf.comparison.itemsHeading"), 2);
  if (differences.length === 0) return [heading2, paragraph(t("pdf.comparison.noDifferences"))];
  const intro = t("pdf.comparison.itemsIntro", {
    name,
    ahead: count("theyHaveYouLack"),
    behind: count("youAreAhead"),
    choices: count("theyChoseNotApplicable") + count("youChoseNotApplicable"),
  });
  return [
    heading2,
    paragraph(`${intro} ${t("pdf.comparison.choiceNote")}`),
    table({
      columns: [
        { header: t("pdf.table.number"), share: 0.07 },
        { header: t("pdf.table.item"), share: 0.47 },
        { header: t("pdf.comparison.own"), share: 0.15 },
        { header: t("pdf.comparison.other", { name }), share: 0.15 },
        { header: t("pdf.comparison.difference"), share: 0.16 },
      ],
      rows: differences.map((difference) => [
        numbers.get(difference.itemId) ?? "",
        itemCell(difference, name, t),
        answerLabel(t, difference.own),
        answerLabel(t, difference.other),
        [{ text: t(`pdf.comparison.differences.${difference.difference}`, { name }), isBold: true }],
      ]),
    }),
  ];
}

/** The chosen example beside the assessment: theme scores, then the items where the answers differ. */
export function comparison(report: Report, t: ReportT, numbers: ItemNumbers): Blocks {
  const { comparison } = report;
  if (!comparison) return [];
  return [
    heading(t("pdf.comparison.title", { name: comparison.name }), 1),
    paragraph(comparison.description),
    paragraph(t("pdf.comparison.basis"), { isMuted: true }),
    ...(comparison.unmatchedCount > 0
      ? [paragraph(t("pdf.comparison.unmatched", { count: comparison.unmatchedCount }), { isMuted: true })]
      : []),
    ...scoreTable(report, comparison, t),
    ...differenceTable(comparison, t, numbers),
  ];
}
