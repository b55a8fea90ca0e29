import type { Report } from "../../../domain/report";
import { formatDate } from "../../../ui/format";
import { type ReportT, sourceLabel } from "../report-labels";
import type { PdfLayout } from "./layout";

/** What the model is (from the checklist's own description) and the sources by title and publisher. */
export function sources(layout: PdfLayout, report: Report, t: ReportT): void {
  const { checklist } = report;
  layout.section(t("pdf.sources.title"), { newPage: false });
  layout.heading(t("pdf.sources.modelHeading"), 2);
  layout.paragraph(checklist.description);
  layout.paragraph(t("pdf.sources.modelBasis"));
  layout.heading(t("pdf.sources.listHeading"), 2);
  report.sources.forEach((source, index) => {
    layout.block([{ text: `${index + 1}. ${sourceLabel(t, source)}` }], { after: 2 });
  });
  layout.heading(t("pdf.sources.aboutHeading"), 2);
  layout.paragraph(
    t("pdf.sources.about", {
      date: formatDate(report.generatedOn, report.language),
      checklist: checklist.title,
      version: checklist.version,
    }),
  );
}
