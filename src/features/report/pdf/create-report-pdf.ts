import type { i18n as I18n } from "i18next";
import type { Report } from "../../../domain/report";
import type { ReportFonts } from "./fonts";
import { renderReport } from "./render-report";

/** The lazily loaded entry: jsPDF arrives only when the report page is open (see useCreateReport). */
export function createReportPdf(report: Report, i18n: I18n, fonts: ReportFonts): Blob {
  return renderReport(report, i18n, fonts).output("blob");
}

/**
 * Makes a report and throws it away, while the report page is idle: a first report otherwise spends about half
 * its time compiling jsPDF's and the layout's code and running it unoptimised.
 */
export function warmUpPdf(report: Report, i18n: I18n, fonts: ReportFonts): void {
  renderReport(report, i18n, fonts).output("arraybuffer");
}
