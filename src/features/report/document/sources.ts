import type { Report } from "../../../domain/report";
import { formatDate } from "../../../ui/format";
import { type ReportT, sourceLabel } from "../report-labels";
import { type Blocks, heading, paragraph } from "./blocks";

/** What the model is (from the checklist's own description) and the sources by title and publisher. */
export function sources(report: Report, t: ReportT): Blocks {
  const { checklist } = report;
  return [
    heading(t("pdf.sources.title"), 1),
    heading(t("pdf.sources.modelHeading"), 2),
    paragraph(checklist.description),
    paragraph(t("pdf.sources.modelBasis")),
    heading(t("pdf.sources.listHeading"), 2),
    ...report.sources.map((source, index) => paragraph(`${index + 1}. ${sourceLabel(t, source)}`)),
    heading(t("pdf.sources.aboutHeading"), 2),
    paragraph(
      t("pdf.sources.about", {
        date: formatDate(report.generatedOn, report.language),
        checklist: checklist.title,
        version: checklist.version,
      }),
    ),
  ];
}
