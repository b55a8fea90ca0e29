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
import {
  type Block,
  type Cell,
  type CellLine,
  type Column,
  cellLines,
  type TableSpec,
} from "../document/blocks";

/** A4 less Word's default 2.54 cm margins, in twentieths of a point: the width the tables share. */
const CONTENT_WIDTH = 9026;
const MUTED = "595959";

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function run(line: CellLine): TextRun {
  return new TextRun({
    text: line.text,
    ...(line.isBold ? { bold: true } : {}),
    ...(line.isMuted ? { color: MUTED, size: 18 } : {}),
  });
}

function cell(content: Cell, column: Column, isBold: boolean): TableCell {
  return new TableCell({
    width: { size: Math.round(column.share * CONTENT_WIDTH), type: WidthType.DXA },
    children: cellLines(content).map(
      (line) =>
        new Paragraph({
          alignment: column.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run({ ...line, isBold: isBold || (line.isBold ?? false) })],
        }),
    ),
  });
}

/** A table with a header row that Word repeats on every page, and cells that stay editable text. */
function table(spec: TableSpec): Table {
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

/** Real Word headings, so the navigation pane and a table of contents find the report's parts. */
export function toDocx(block: Block): FileChild {
  switch (block.kind) {
    case "title":
      return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] });
    case "heading":
      return new Paragraph({ heading: LEVELS[block.level], children: [new TextRun(block.text)] });
    case "paragraph":
      return new Paragraph({ children: [run(block)] });
    case "fact":
      return new Paragraph({
        children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(block.value)],
      });
    case "table":
      return table(block);
  }
}
