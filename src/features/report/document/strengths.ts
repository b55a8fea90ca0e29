import type { Report } from "../../../domain/report";
import type { ItemNumbers, ReportT } from "../report-labels";
import { type Blocks, heading, paragraph } from "./blocks";

/** What is fully in place, theme by theme, as in the PDF. */
export function strengths(report: Report, t: ReportT, numbers: ItemNumbers): Blocks {
  const title = heading(t("pdf.strengths.title"), 1);
  if (report.strengths.length === 0) return [title, paragraph(t("pdf.strengths.none"))];
  return [
    title,
    paragraph(t("pdf.strengths.intro")),
    ...report.strengths.flatMap((theme) => [
      heading(theme.title, 2),
      ...theme.items.map((item) => paragraph(`${numbers.get(item.id) ?? ""} ${item.text}`)),
    ]),
  ];
}
