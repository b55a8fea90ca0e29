import type { Report } from "../../../domain/report";
import { formatDate } from "../../../ui/format";
import type { ReportT } from "../report-labels";
import {
  CONTENT_WIDTH,
  MARGIN,
  PAGE,
  type PdfLayout,
  type SectionMark,
  STYLE,
  type TextStyle,
} from "./layout";

const LABEL_WIDTH = 52;

function factRow(layout: PdfLayout, label: string, value: string): void {
  const lines = layout.wrap(value, CONTENT_WIDTH - LABEL_WIDTH, STYLE.body);
  layout.drawLines([label], MARGIN.left, layout.y, STYLE.bold);
  layout.y = layout.drawLines(lines, MARGIN.left + LABEL_WIDTH, layout.y, STYLE.body) + 1.6;
}

/** Text across the column at the cursor, with `after` mm of space below it. */
function coverText(layout: PdfLayout, text: string, style: TextStyle, after: number): void {
  layout.y = layout.drawLines(layout.wrap(text, CONTENT_WIDTH, style), MARGIN.left, layout.y, style) + after;
}

/** Page 1: what was assessed, by whom and when, and on which checklist; the contents come last. */
export function cover(layout: PdfLayout, report: Report, t: ReportT): number {
  const { meta, checklist } = report;
  const { doc } = layout;
  layout.y = 42;
  coverText(layout, t("pdf.cover.kicker").toLocaleUpperCase(report.language), STYLE.smallMuted, 3);
  coverText(layout, t("pdf.cover.title"), STYLE.title, 2);
  const place = meta.municipality.trim() || t("pdf.cover.noMunicipality");
  coverText(layout, `${place} ${meta.year}`, STYLE.h1, 2);
  coverText(layout, checklist.title, STYLE.subtitle, 6);
  doc.setDrawColor(0);
  doc.setLineWidth(0.6);
  doc.line(MARGIN.left, layout.y, MARGIN.left + 40, layout.y);
  layout.y += 8;

  factRow(layout, t("pdf.cover.municipality"), place);
  factRow(layout, t("pdf.cover.year"), String(meta.year));
  factRow(layout, t("pdf.cover.role"), t(`common:role.${meta.respondentRole}`));
  if (report.participants) factRow(layout, t("pdf.cover.participants"), report.participants);
  factRow(layout, t("pdf.cover.assessed"), formatDate(meta.date, report.language));
  factRow(layout, t("pdf.cover.generated"), formatDate(report.generatedOn, report.language));
  factRow(
    layout,
    t("pdf.cover.checklist"),
    t("pdf.cover.checklistValue", { title: checklist.title, version: checklist.version }),
  );
  factRow(layout, t("pdf.cover.language"), t(`pdf.languageName.${report.language}`));
  factRow(
    layout,
    t("pdf.cover.notes"),
    t(report.includesNotes ? "pdf.cover.notesIncluded" : "pdf.cover.notesLeftOut"),
  );
  const note = layout.wrap(t("pdf.cover.privacy"), CONTENT_WIDTH, STYLE.smallMuted);
  layout.drawLines(
    note,
    MARGIN.left,
    PAGE.height - MARGIN.bottom - 6 - note.length * layout.lineHeight(STYLE.smallMuted),
    STYLE.smallMuted,
  );
  return layout.y + 8;
}

/** The contents with page numbers, written on the cover once every section has its page. */
export function contents(layout: PdfLayout, sections: readonly SectionMark[], top: number, t: ReportT): void {
  const { doc } = layout;
  doc.setPage(1);
  let y = layout.drawLines([t("pdf.cover.contents")], MARGIN.left, top, STYLE.h2) + 2;
  for (const section of sections) {
    const number = String(section.page);
    layout.drawLines([section.title], MARGIN.left, y, STYLE.body);
    layout.drawLines([number], MARGIN.left + CONTENT_WIDTH, y, STYLE.body, "right");
    // Dotted leader from the title to its page number.
    const start = MARGIN.left + layout.textWidth(section.title, STYLE.body) + 2;
    const end = MARGIN.left + CONTENT_WIDTH - layout.textWidth(number, STYLE.body) - 2;
    doc.setDrawColor(120);
    doc.setLineWidth(0.25);
    doc.setLineDashPattern([0.3, 1.2], 0);
    doc.setLineCap("round");
    doc.line(start, y + 3.2, end, y + 3.2);
    doc.setLineDashPattern([], 0);
    doc.setLineCap("butt");
    y += layout.lineHeight(STYLE.body) + 1.2;
  }
}
