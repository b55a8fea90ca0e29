import type { Report } from "../../../domain/report";
import type { ItemNumbers, ReportT } from "../report-labels";
import type { PdfLayout } from "./layout";

/** What is fully in place, theme by theme: the report says what works before what to improve. */
export function strengths(layout: PdfLayout, report: Report, t: ReportT, numbers: ItemNumbers): void {
  layout.section(t("pdf.strengths.title"));
  if (report.strengths.length === 0) {
    layout.paragraph(t("pdf.strengths.none"));
    return;
  }
  layout.paragraph(t("pdf.strengths.intro"));
  for (const theme of report.strengths) {
    layout.heading(theme.title, 2);
    for (const item of theme.items)
      layout.block([{ text: `${numbers.get(item.id) ?? ""} ${item.text}` }], { after: 2 });
  }
}
