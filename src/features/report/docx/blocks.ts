import {
  AlignmentType,
  type FileChild,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/** A4 less Word's default 2.54 cm margins, in twentieths of a point: the width the tables share. */
const CONTENT_WIDTH = 9026;
const MUTED = "595959";

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

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A real Word heading, so the navigation pane and a table of contents find the report's parts. */
export function heading(text: string, level: keyof typeof LEVELS): Paragraph {
  return new Paragraph({ heading: LEVELS[level], children: [new TextRun(text)] });
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text)] });
}

export function paragraph(text: string, options: Omit<CellLine, "text"> = {}): Paragraph {
  return new Paragraph({ children: [run({ text, ...options })] });
}

/** "Label: value" with the label in bold, as the cover's facts. */
export function fact(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

function run(line: CellLine): TextRun {
  return new TextRun({
    text: line.text,
    ...(line.isBold ? { bold: true } : {}),
    ...(line.isMuted ? { color: MUTED, size: 18 } : {}),
  });
}

function cell(content: Cell, column: Column, isBold: boolean): TableCell {
  const lines = typeof content === "string" ? [{ text: content }] : content;
  return new TableCell({
    width: { size: Math.round(column.share * CONTENT_WIDTH), type: WidthType.DXA },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: column.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run({ ...line, isBold: isBold || (line.isBold ?? false) })],
        }),
    ),
  });
}

/** A table with a header row that Word repeats on every page, and cells that stay editable text. */
export function table(spec: TableSpec): Table {
  const { columns } = spec;
  const row = (cells: readonly Cell[], isBold: boolean, isHeader = false) =>
    new TableRow({
      tableHeader: isHeader,
      children: columns.map((column, index) => cell(cells[index] ?? "", column, isBold)),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((column) => Math.round(column.share * CONTENT_WIDTH)),
    rows: [
      row(
        columns.map((column) => column.header),
        true,
        true,
      ),
      ...spec.rows.map((cells) => row(cells, false)),
      ...(spec.total ? [row(spec.total, true)] : []),
    ],
  });
}

/** A section's blocks: headings, paragraphs and tables in reading order. */
export type Blocks = FileChild[];
