import type { i18n as I18n } from "i18next";
import type { Report } from "../../../domain/report";
import type { ReportFonts } from "./fonts";
import { renderReport } from "./render-report";

/** The lazily loaded entry: jsPDF arrives only when a user asks for a report. */
export function createReportPdf(report: Report, i18n: I18n, fonts: ReportFonts): Blob {
  return renderReport(report, i18n, fonts).output("blob");
}
