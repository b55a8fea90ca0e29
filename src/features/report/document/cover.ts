import type { Report } from "../../../domain/report";
import { formatDate } from "../../../ui/format";
import { documentTitle, type ReportT } from "../report-labels";
import { type Blocks, fact, paragraph, title } from "./blocks";

/** What was assessed, by whom and when, and on which checklist: the PDF's cover page as the opening lines. */
export function cover(report: Report, t: ReportT): Blocks {
  const { meta, checklist, language } = report;
  const place = meta.municipality.trim() || t("pdf.cover.noMunicipality");
  return [
    paragraph(t("pdf.cover.kicker"), { isMuted: true }),
    title(documentTitle(report, t)),
    paragraph(checklist.title),
    fact(t("pdf.cover.municipality"), place),
    fact(t("pdf.cover.year"), String(meta.year)),
    fact(t("pdf.cover.role"), t(`common:role.${meta.respondentRole}`)),
    ...(report.participants ? [fact(t("pdf.cover.participants"), report.participants)] : []),
    fact(t("pdf.cover.assessed"), formatDate(meta.date, language)),
    fact(t("pdf.cover.generated"), formatDate(report.generatedOn, language)),
    fact(
      t("pdf.cover.checklist"),
      t("pdf.cover.checklistValue", { title: checklist.title, version: checklist.version }),
    ),
    fact(t("pdf.cover.language"), t(`pdf.languageName.${language}`)),
    fact(
      t("pdf.cover.notes"),
      t(report.includesNotes ? "pdf.cover.notesIncluded" : "pdf.cover.notesLeftOut"),
    ),
    paragraph(t("pdf.cover.privacy"), { isMuted: true }),
  ];
}
