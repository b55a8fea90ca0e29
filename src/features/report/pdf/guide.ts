import { LEVELS } from "../../../domain/level";
import type { Report } from "../../../domain/report";
import { bandRanges, levelPoints, PROVISIONAL_COVERAGE } from "../../../domain/scoring";
import { formatPercent, formatScore } from "../../../ui/format";
import { bandLabel, levelLabel, type ReportT } from "../report-labels";
import type { PdfLayout } from "./layout";
import { tablesSideBySide } from "./table";

/** How to read this report: the same facts as the app's method page, every number from the domain. */
export function guide(layout: PdfLayout, report: Report, t: ReportT): void {
  const { language } = report;
  layout.section(t("pdf.guide.title"));
  layout.paragraph(t("pdf.guide.intro"));

  layout.heading(t("pdf.guide.scaleHeading"), 2);
  layout.paragraph(t("pdf.guide.scaleBody"));
  tablesSideBySide(
    layout,
    {
      columns: [
        { header: t("pdf.table.answer"), share: 0.7 },
        { header: t("pdf.guide.points"), share: 0.3, align: "right" },
      ],
      rows: LEVELS.map((level) => [levelLabel(t, level), formatScore(levelPoints(level), language)]),
    },
    {
      columns: [
        { header: t("pdf.guide.band"), share: 0.7 },
        { header: t("pdf.guide.points"), share: 0.3, align: "right" },
      ],
      rows: bandRanges().map(({ band, from, to }) => [
        bandLabel(t, band),
        t("pdf.guide.range", { from, to }),
      ]),
    },
  );
  layout.heading(t("pdf.guide.weightsHeading"), 2);
  layout.paragraph(t("pdf.guide.weightsBody"));
  layout.heading(t("pdf.guide.coverageHeading"), 2);
  layout.paragraph(t("pdf.guide.coverageBody", { percent: formatPercent(PROVISIONAL_COVERAGE, language) }));

  layout.heading(t("pdf.guide.targetsHeading"), 2);
  layout.paragraph(t("pdf.guide.targetsBody", { full: t("common:answer.level3") }));
  layout.heading(t("pdf.guide.marksHeading"), 2);
  layout.paragraph(t("pdf.guide.marksBody"));
}
