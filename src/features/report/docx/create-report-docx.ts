import { Document, Packer } from "docx";
import type { i18n as I18n } from "i18next";
import { itemNumbers } from "../../../domain/item-numbers";
import type { Language } from "../../../domain/localized";
import type { Report } from "../../../domain/report";
import { documentTitle, type ReportT } from "../report-labels";
import { change } from "./change";
import { comparison } from "./comparison";
import { cover } from "./cover";
import { guide } from "./guide";
import { items } from "./items";
import { perceptions } from "./perceptions";
import { actionPlan, annualClock } from "./plan";
import { sources } from "./sources";
import { suggestions } from "./suggestions";
import { summary } from "./summary";

/** Word wants a region with the language: Swedish as written in Finland, British English as the app's. */
const WORD_LANGUAGE = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const satisfies Record<Language, string>;

/**
 * The report as an editable Word document, in the PDF's order and words. Pure apart from docx: the texts
 * come in, so tests build in Node the same document the browser builds.
 */
export function reportDocx(report: Report, i18n: I18n): Document {
  const t: ReportT = i18n.getFixedT(report.language, ["report", "common"]);
  const tCommon = i18n.getFixedT(report.language);
  const numbers = itemNumbers(report.themes);
  return new Document({
    title: documentTitle(report, t),
    subject: t("pdf.subject", { checklist: report.checklist.title }),
    keywords: t("pdf.keywords"),
    creator: "Kumppanuuspeili",
    lastModifiedBy: "Kumppanuuspeili",
    // In the defaults, so every paragraph and each one the user adds is checked in the report's language.
    styles: { default: { document: { run: { language: { value: WORD_LANGUAGE[report.language] } } } } },
    sections: [
      {
        children: [
          ...cover(report, t),
          ...guide(report, t),
          ...summary(report, t),
          ...change(report, t, numbers),
          ...items(report, t, numbers),
          ...comparison(report, t, numbers),
          ...perceptions(report, t),
          ...suggestions(report, t, numbers),
          ...actionPlan(report, t, numbers),
          ...annualClock(report, t, tCommon),
          ...sources(report, t),
        ],
      },
    ],
  });
}

/** The lazily loaded entry: docx arrives only when a user asks for the Word file. */
export function createReportDocx(report: Report, i18n: I18n): Promise<Blob> {
  return Packer.toBlob(reportDocx(report, i18n));
}
