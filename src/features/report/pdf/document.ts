import { jsPDF } from "jspdf";
import type { Language } from "../../../domain/localized";
import { type ReportFonts, registerFonts } from "./fonts";

/** jsPDF's language codes: Swedish as written in Finland, British English as the app's English. */
const PDF_LANGUAGE = { fi: "fi", sv: "sv-FI", en: "en-GB" } as const satisfies Record<Language, string>;

interface DocumentInfo {
  language: Language;
  title: string;
  subject: string;
  keywords: string;
}

/** An A4 document with the app's fonts, its title and language set for viewers and screen readers. */
export function reportDocument(info: DocumentInfo, fonts: ReportFonts): jsPDF {
  const doc = new jsPDF({
    unit: "mm",
    format: "a4",
    orientation: "portrait",
    compress: true,
    // jsPDF otherwise lists its 14 standard fonts, unembedded, though the report never uses them.
    putOnlyUsedFonts: true,
  });
  registerFonts(doc, fonts);
  doc.setDocumentProperties({
    title: info.title,
    subject: info.subject,
    author: "Kumppanuuspeili",
    keywords: info.keywords,
    creator: "Kumppanuuspeili",
  });
  doc.setLanguage(PDF_LANGUAGE[info.language]);
  // Viewers show the title rather than the file name.
  doc.viewerPreferences({ DisplayDocTitle: true });
  return doc;
}
