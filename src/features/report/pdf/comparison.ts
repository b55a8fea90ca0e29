import type { Report, ReportComparison, ReportDifference } from "../../../domain/report";
import type { ScoreSummary } from "../../../domain/scoring";
import { answerLabel, coverageLabel, type ItemNumbers, type ReportT, scoreLabel } from "../report-labels";
import { type PdfLayout, STYLE } from "./layout";
import { type Cell, type CellPart, table } from "./table";

function scoreTable(layout: PdfLayout, report: Report, comparison: ReportComparison, t: ReportT): void {
  const { language } = report;
  const { name } = comparison;
  const row = (title: string, own: ScoreSummary, other: ScoreSummary) => [
    title,
    scoreLabel(t, own, language),
    coverageLabel(t, own, language),
    scoreLabel(t, other, language),
    coverageLabel(t, other, language),
  ];
  layout.heading(t("pdf.comparison.scoresHeading"), 2);
  table(layout, {
    columns: [
      { header: t("pdf.table.theme"), share: 0.3 },
      { header: t("pdf.comparison.ownScore"), share: 0.19, align: "right" },
      { header: t("pdf.table.scored"), share: 0.16, align: "right" },
      { header: t("pdf.comparison.otherScore", { name }), share: 0.19, align: "right" },
      { header: t("pdf.table.scored"), share: 0.16, align: "right" },
    ],
    rows: comparison.themes.map((theme) => row(theme.title, theme.own, theme.other)),
    total: row(t("pdf.table.overallRow"), comparison.overall.own, comparison.overall.other),
  });
}

/** The item, then how the example does it or why a side chose "not applicable". */
function itemCell(difference: ReportDifference, name: string, t: ReportT): Cell {
  const parts: CellPart[] = [{ text: difference.itemText }];
  const explain = (text: string) => parts.push({ text, style: STYLE.smallMuted });
  if (difference.difference === "theyHaveYouLack" && difference.otherBasis) {
    explain(t("pdf.comparison.howTheyDoIt", { name, text: difference.otherBasis }));
  }
  if (difference.difference === "theyChoseNotApplicable" && difference.otherBasis) {
    explain(t("pdf.comparison.theirReason", { name, text: difference.otherBasis }));
  }
  if (difference.difference === "youChoseNotApplicable" && difference.own?.kind === "notApplicable") {
    explain(t("pdf.comparison.ownReason", { text: difference.own.reason }));
  }
  return parts;
}

function differenceTable(
  layout: PdfLayout,
  comparison: ReportComparison,
  t: ReportT,
  numbers: ItemNumbers,
): void {
  const { name, differences } = comparison;
  const count = (kind: ReportDifference["difference"]) =>
    differences.filter((d) => d.difference === kind).length;
  layout.heading(t("pdf.comparison.itemsHeading"), 2);
  if (differences.length === 0) {
    layout.paragraph(t("pdf.comparison.noDifferences"));
    return;
  }
  const intro = t("pdf.comparison.itemsIntro", {
    name,
    ahead: count("theyHaveYouLack"),
    behind: count("youAreAhead"),
    choices: count("theyChoseNotApplicable") + count("youChoseNotApplicable"),
  });
  layout.paragraph(`${intro} ${t("pdf.comparison.choiceNote")}`, STYLE.body, { keepWithNext: true });
  table(layout, {
    columns: [
      { header: t("pdf.table.number"), share: 0.06 },
      { header: t("pdf.table.item"), share: 0.48 },
      { header: t("pdf.comparison.own"), share: 0.15 },
      { header: t("pdf.comparison.other", { name }), share: 0.15 },
      { header: t("pdf.comparison.difference"), share: 0.16 },
    ],
    rows: differences.map((difference) => [
      numbers.get(difference.itemId) ?? "",
      itemCell(difference, name, t),
      answerLabel(t, difference.own),
      answerLabel(t, difference.other),
      [{ text: t(`pdf.comparison.differences.${difference.difference}`, { name }), style: STYLE.smallBold }],
    ]),
  });
}

/** The chosen example beside the assessment: theme scores, then the items where the answers differ. */
export function comparison(layout: PdfLayout, report: Report, t: ReportT, numbers: ItemNumbers): void {
  const { comparison } = report;
  if (!comparison) return;
  layout.section(t("pdf.comparison.title", { name: comparison.name }));
  layout.paragraph(comparison.description);
  layout.paragraph(t("pdf.comparison.basis"), STYLE.muted);
  if (comparison.unmatchedCount > 0) {
    layout.paragraph(t("pdf.comparison.unmatched", { count: comparison.unmatchedCount }), STYLE.muted);
  }
  scoreTable(layout, report, comparison, t);
  differenceTable(layout, comparison, t, numbers);
}
