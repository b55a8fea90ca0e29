import type { i18n as I18n } from "i18next";
import type { Report } from "../../../domain/report";
import { reportDocument } from "./document";
import { FONT_FAMILY, type ReportFonts } from "./fonts";
import { renderReport } from "./render-report";

/** The lazily loaded entry: jsPDF arrives only when a user asks for a report. */
export function createReportPdf(report: Report, i18n: I18n, fonts: ReportFonts): Blob {
  return renderReport(report, i18n, fonts).output("blob");
}

/**
 * Makes a one-line document and throws it away, while the report page is idle: the first report otherwise
 * spends about a third of its time compiling jsPDF's font, text and compression code on first use.
 */
export function warmUpPdf(fonts: ReportFonts): void {
  const doc = reportDocument({ language: "fi", title: "", subject: "", keywords: "" }, fonts);
  for (const style of ["normal", "bold"]) {
    doc.setFont(FONT_FAMILY, style);
    doc.text(doc.splitTextToSize("Järjestöystävällinen kunta – åäö 0–100 %", 80), 20, 20);
  }
  doc.line(20, 30, 100, 30);
  doc.output("arraybuffer");
}
