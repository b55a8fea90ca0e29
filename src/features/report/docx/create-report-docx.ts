import { Document, Packer } from "docx";
import type { i18n as I18n } from "i18next";
import type { Language } from "../../../domain/localized";
import type { Report } from "../../../domain/report";
import { reportDocument } from "../document/report-document";
import { toDocx } from "./to-docx";

/** Word wants a region with the language: Swedish as written in Finland, British English as the app's. */
const WORD_LANGUAGE = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const satisfies Record<Language, string>;

/**
 * The report as an editable Word document, in the PDF's order and words. Pure apart from docx: the texts
 * come in, so tests build in Node the same document the browser builds.
 */
export function reportDocx(report: Report, i18n: I18n): Document {
  const { title, subject, keywords, blocks } = reportDocument(report, i18n);
  return new Document({
    title,
    subject,
    keywords,
    creator: "Kumppanuuspeili",
    lastModifiedBy: "Kumppanuuspeili",
    // In the defaults, so every paragraph and each one the user adds is checked in the report's language.
    styles: { default: { document: { run: { language: { value: WORD_LANGUAGE[report.language] } } } } },
    sections: [{ children: blocks.map(toDocx) }],
  });
}

/** The lazily loaded entry: docx arrives only when a user asks for the Word file. */
export function createReportDocx(report: Report, i18n: I18n): Promise<Blob> {
  return Packer.toBlob(reportDocx(report, i18n));
}
