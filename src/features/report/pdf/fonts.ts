import type { jsPDF } from "jspdf";

export const FONT_FAMILY = "SourceSansPro";

/** TrueType files as binary strings (one char per byte), the form jsPDF's virtual file system takes. */
export interface ReportFonts {
  regular: string;
  bold: string;
}

/** jsPDF embeds only the glyphs the report uses, so ä, ö, å, – and € cost a few kilobytes, not the font. */
export function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
  doc.addFileToVFS("SourceSansPro-Regular.ttf", fonts.regular);
  doc.addFont("SourceSansPro-Regular.ttf", FONT_FAMILY, "normal");
  doc.addFileToVFS("SourceSansPro-Bold.ttf", fonts.bold);
  doc.addFont("SourceSansPro-Bold.ttf", FONT_FAMILY, "bold");
  doc.setFont(FONT_FAMILY, "normal");
}
