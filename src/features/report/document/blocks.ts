/**
 * The report as a document: headings, paragraphs and tables in reading order, with no renderer in it.
 * The Word file (../docx) and the report page (../view) are drawn from the same blocks, so the two say the
 * same thing in the same order; the PDF lays out the same report model with its own charts.
 */

/** A line of a table cell; muted lines are the explanations under an item, as in the PDF. */
export interface CellLine {
  text: string;
  isBold?: boolean;
  isMuted?: boolean;
}

export type Cell = string | readonly CellLine[];

export interface Column {
  header: string;
  /** The column's share of the table's width. */
  share: number;
  align?: "right";
}

export interface TableSpec {
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  /** The overall row, in bold, at the bottom. */
  total?: readonly Cell[];
}

export type HeadingLevel = 1 | 2 | 3;

export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string; level: HeadingLevel }
  | ({ kind: "paragraph" } & CellLine)
  /** "Label: value", as the cover's facts. */
  | { kind: "fact"; label: string; value: string }
  | ({ kind: "table" } & TableSpec);

/** A section's blocks in reading order. */
export type Blocks = Block[];

export function heading(text: string, level: HeadingLevel): Block {
  return { kind: "heading", text, level };
}

export function title(text: string): Block {
  return { kind: "title", text };
}

export function paragraph(text: string, options: Omit<CellLine, "text"> = {}): Block {
  return { kind: "paragraph", text, ...options };
}

export function fact(label: string, value: string): Block {
  return { kind: "fact", label, value };
}

export function table(spec: TableSpec): Block {
  return { kind: "table", ...spec };
}

/** A cell's lines, whether it was given as one string or as lines. */
export function cellLines(content: Cell): readonly CellLine[] {
  return typeof content === "string" ? [{ text: content }] : content;
}
