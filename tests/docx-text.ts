import { strFromU8, unzipSync } from "fflate";

/** A paragraph of word/document.xml: its style id ("Heading1", "Title"…) and its text. */
export interface DocxParagraph {
  style: string | null;
  text: string;
}

export interface DocxContents {
  /** Paragraphs outside tables, in order. */
  paragraphs: DocxParagraph[];
  /** Each table's rows of cell texts; a cell's paragraphs are joined by a line break. */
  tables: string[][][];
  /** All the text of the body, in order, runs joined. */
  text: string;
  /** The XML parts by path in the zip: word/document.xml, word/styles.xml, docProps/core.xml… */
  parts: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] ?? "")
    .join("")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? "");
}

function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\s[^>]*>.*?<\/w:p>/gs)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(paragraph)?.[1] ?? null,
    text: textOf(paragraph),
  }));
}

/**
 * Opens a .docx as Word would find it: the zip's parts, then the body's paragraphs and tables, read with
 * regular expressions (docx writes no nested tables, so none are looked for).
 */
export function readDocx(bytes: Uint8Array): DocxContents {
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
  const body = parts["word/document.xml"] ?? "";
  const tables = [...body.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([table]) =>
    [...table.matchAll(/<w:tr[\s>].*?<\/w:tr>/gs)].map(([row]) =>
      [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) =>
        paragraphsOf(cell)
          .map((paragraph) => paragraph.text)
          .join("\n"),
      ),
    ),
  );
  const outside = body.replace(/<w:tbl>.*?<\/w:tbl>/gs, "");
  return { paragraphs: paragraphsOf(outside), tables, text: textOf(body), parts };
}
