import { getDocumentProxy } from "unpdf";

/** One piece of text on a page, in PDF points from the page's bottom-left corner. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfContents {
  /** Each page's text, whitespace (line breaks included) folded to single spaces. */
  pages: string[];
  /** All pages, folded the same way. */
  text: string;
  items: PdfTextItem[][];
  /** The document information dictionary: Title, Author, Language… */
  info: Record<string, unknown>;
  /** Page size in points. */
  size: { width: number; height: number };
}

function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Reads a PDF's text the way a screen reader or a search would, with pdf.js (through unpdf). */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  // pdf.js takes ownership of the buffer it is given.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  const items: PdfTextItem[][] = [];
  let size = { width: 0, height: 0 };
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view;
    size = { width: width ?? 0, height: height ?? 0 };
    const content = await page.getTextContent();
    const pageItems = content.items.flatMap((item) =>
      "str" in item && item.str.trim() !== ""
        ? [{ text: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width }]
        : [],
    );
    items.push(pageItems);
    // A line's items end with hasEOL; joining with spaces keeps words apart either way.
    pages.push(fold(content.items.map((item) => ("str" in item ? item.str : "")).join(" ")));
  }
  const { info } = await pdf.getMetadata();
  return { pages, text: pages.join(" "), items, info: info as Record<string, unknown>, size };
}
