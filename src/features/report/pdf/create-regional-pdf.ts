import type { i18n as I18n } from "i18next";
import type { RegionalReport } from "../../../domain/regional-report";
import type { ReportFonts } from "./fonts";
import { renderRegionalSummary } from "./regional-summary";

/** The lazily loaded entry for the regional summary: jsPDF arrives only when it is asked for. */
export function createRegionalPdf(report: RegionalReport, i18n: I18n, fonts: ReportFonts): Blob {
  return renderRegionalSummary(report, i18n, fonts).output("blob");
}
