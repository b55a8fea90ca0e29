import type { i18n as I18n } from "i18next";
import type { jsPDF } from "jspdf";
import { itemNumbers } from "../../../domain/item-numbers";
import type { Report } from "../../../domain/report";
import { formatDate } from "../../../ui/format";
import { documentTitle, type ReportT } from "../report-labels";
import { change } from "./change";
import { comparison } from "./comparison";
import { contents, cover } from "./cover";
import { reportDocument } from "./document";
import type { ReportFonts } from "./fonts";
import { guide } from "./guide";
import { items } from "./items";
import { MARGIN, PAGE, PdfLayout, STYLE } from "./layout";
import { perceptions } from "./perceptions";
import { actionPlan, annualClock } from "./plan";
import { sources } from "./sources";
import { strengths } from "./strengths";
import { suggestions } from "./suggestions";
import { summary } from "./summary";

/** The document title and date at the top of every page but the cover; "page X / Y" at the bottom of all. */
function pageFurniture(layout: PdfLayout, title: string, report: Report, t: ReportT): void {
  const { doc } = layout;
  const pages = doc.getNumberOfPages();
  const right = PAGE.width - MARGIN.right;
  const footerY = PAGE.height - MARGIN.bottom + 8;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setDrawColor(150);
    doc.setLineWidth(0.2);
    if (page > 1) {
      layout.drawLines([title], MARGIN.left, 10, STYLE.smallMuted);
      layout.drawLines(
        [formatDate(report.generatedOn, report.language)],
        right,
        10,
        STYLE.smallMuted,
        "right",
      );
      doc.line(MARGIN.left, 15, right, 15);
    }
    doc.line(MARGIN.left, footerY - 2, right, footerY - 2);
    layout.drawLines(
      [`${report.checklist.title} ${report.checklist.version}`],
      MARGIN.left,
      footerY,
      STYLE.smallMuted,
    );
    layout.drawLines([t("pdf.pageNumber", { page, pages })], right, footerY, STYLE.smallMuted, "right");
  }
}

/**
 * Draws the whole report. Pure apart from jsPDF: the fonts and the texts come in, so tests can build
 * the same PDF in Node that the browser builds.
 */
export function renderReport(report: Report, i18n: I18n, fonts: ReportFonts): jsPDF {
  const t: ReportT = i18n.getFixedT(report.language, ["report", "common"]);
  const tCommon = i18n.getFixedT(report.language);
  const title = documentTitle(report, t);
  const doc = reportDocument(
    {
      language: report.language,
      title,
      subject: t("pdf.subject", { checklist: report.checklist.title }),
      keywords: t("pdf.keywords"),
    },
    fonts,
  );

  const layout = new PdfLayout(doc);
  const numbers = itemNumbers(report.themes);
  const contentsTop = cover(layout, report, t);
  guide(layout, report, t);
  summary(layout, report, t);
  change(layout, report, t, numbers);
  strengths(layout, report, t, numbers);
  items(layout, report, t, numbers);
  comparison(layout, report, t, numbers);
  perceptions(layout, report, t);
  suggestions(layout, report, t, numbers);
  actionPlan(layout, report, t, numbers);
  annualClock(layout, report, t, tCommon);
  sources(layout, report, t);

  contents(layout, layout.sections, contentsTop, t);
  for (const section of layout.sections) doc.outline.add(null, section.title, { pageNumber: section.page });
  pageFurniture(layout, title, report, t);
  return doc;
}
