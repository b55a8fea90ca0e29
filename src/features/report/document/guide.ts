import { LEVELS } from "../../../domain/level";
import type { Report } from "../../../domain/report";
import { bandRanges, levelPoints, PROVISIONAL_COVERAGE } from "../../../domain/scoring";
import { formatPercent, formatScore } from "../../../ui/format";
import { bandLabel, levelLabel, type ReportT } from "../report-labels";
import { type Blocks, heading, paragraph, table } from "./blocks";

/** How to read the report: the scale, the bands, weights, coverage, targets and marks, as in the PDF. */
export function guide(report: Report, t: ReportT): Blocks {
  const { language } = report;
  return [
    heading(t("pdf.guide.title"), 1),
    paragraph(t("pdf.guide.intro")),
    heading(t("pdf.guide.scaleHeading"), 2),
    paragraph(t("pdf.guide.scaleBody")),
    table({
      columns: [
        { header: t("pdf.table.answer"), share: 0.7 },
        { header: t("pdf.guide.points"), share: 0.3, align: "right" },
      ],
      rows: LEVELS.map((level) => [levelLabel(t, level), formatScore(levelPoints(level), language)]),
    }),
    // Word joins two tables that touch into one; an empty paragraph keeps them two.
    paragraph(""),
    table({
      columns: [
        { header: t("pdf.guide.band"), share: 0.7 },
        { header: t("pdf.guide.points"), share: 0.3, align: "right" },
      ],
      rows: bandRanges().map(({ band, from, to }) => [
        bandLabel(t, band),
        t("pdf.guide.range", { from, to }),
      ]),
    }),
    heading(t("pdf.guide.weightsHeading"), 2),
    paragraph(t("pdf.guide.weightsBody")),
    heading(t("pdf.guide.coverageHeading"), 2),
    paragraph(t("pdf.guide.coverageBody", { percent: formatPercent(PROVISIONAL_COVERAGE, language) })),
    heading(t("pdf.guide.targetsHeading"), 2),
    paragraph(t("pdf.guide.targetsBody", { full: t("common:answer.level3") })),
    heading(t("pdf.guide.marksHeading"), 2),
    paragraph(t("pdf.guide.marksBody")),
  ];
}
