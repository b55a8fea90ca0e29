import { CONTENT_WIDTH, MARGIN, type PdfLayout, STYLE, type TextStyle } from "./layout";

export interface CellPart {
  text: string;
  style?: TextStyle;
}

/** A plain text, or several texts stacked in one cell (an item with its note below it). */
export type Cell = string | readonly CellPart[];

export interface Column {
  header: string;
  /** Share of the text column's width; the shares of a table add up to 1. */
  share: number;
  align?: "left" | "right";
}

export interface TableOptions {
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  /** A last row drawn in bold with a rule above, such as the overall score below the themes. */
  total?: readonly Cell[];
  /** In mm; the whole text column by default. */
  width?: number;
  /** Left edge in mm; the text column's by default. */
  x?: number;
  /** Smaller type and tighter rows, for a summary that must fit on one page. */
  compact?: boolean;
}

const PAD_X = 1.5;
const PAD_Y = { normal: 1.3, compact: 0.55 } as const;
const HEADER_FILL = 225;
const RULE = 140;
const TABLE_AFTER = 4;

interface Line {
  text: string;
  style: TextStyle;
}

interface CellLayout {
  lines: Line[];
  x: number;
  width: number;
  align: "left" | "right";
  /** Space above and below the cell's lines. */
  padY: number;
}

function partsOf(cell: Cell): readonly CellPart[] {
  return typeof cell === "string" ? [{ text: cell }] : cell;
}

interface Frame {
  x: number;
  width: number;
}

function columnGeometry(columns: readonly Column[], frame: Frame): Frame[] {
  let { x } = frame;
  return columns.map((column) => {
    const width = column.share * frame.width;
    const geometry = { x, width };
    x += width;
    return geometry;
  });
}

interface RowStyle {
  emphasised: boolean;
  compact: boolean;
}

function layoutRow(
  layout: PdfLayout,
  cells: readonly Cell[],
  columns: readonly Column[],
  frame: Frame,
  { emphasised, compact }: RowStyle,
): CellLayout[] {
  const geometry = columnGeometry(columns, frame);
  const padY = compact ? PAD_Y.compact : PAD_Y.normal;
  return columns.map((column, c) => {
    const { x, width } = geometry[c] ?? { x: MARGIN.left, width: 0 };
    const lines = partsOf(cells[c] ?? "").flatMap((part) => {
      const base = part.style ?? (compact ? STYLE.tiny : STYLE.table);
      const style = emphasised ? { ...base, bold: true } : base;
      return part.text === ""
        ? []
        : layout.wrap(part.text, width - 2 * PAD_X, style).map((text) => ({ text, style }));
    });
    return { lines, x, width, align: column.align ?? "left", padY };
  });
}

function linesHeight(layout: PdfLayout, lines: readonly Line[]): number {
  return lines.reduce((total, line) => total + layout.lineHeight(line.style), 0);
}

function rowHeight(layout: PdfLayout, row: readonly CellLayout[]): number {
  return Math.max(...row.map((cell) => linesHeight(layout, cell.lines) + 2 * cell.padY));
}

function drawRow(
  layout: PdfLayout,
  row: readonly CellLayout[],
  height: number,
  frame: Frame,
  fill?: number,
): void {
  const { doc } = layout;
  if (fill !== undefined) {
    doc.setFillColor(fill, fill, fill);
    doc.rect(frame.x, layout.y, frame.width, height, "F");
  }
  for (const cell of row) {
    let y = layout.y + cell.padY;
    for (const line of cell.lines) {
      const x = cell.align === "right" ? cell.x + cell.width - PAD_X : cell.x + PAD_X;
      y = layout.drawLines([line.text], x, y, line.style, cell.align);
    }
  }
  layout.y += height;
  doc.setDrawColor(RULE);
  doc.setLineWidth(0.15);
  doc.line(frame.x, layout.y, frame.x + frame.width, layout.y);
}

/** The rows of `row` that fit in `height`, and what is left for the next page. */
function splitRow(
  layout: PdfLayout,
  row: readonly CellLayout[],
  height: number,
): [CellLayout[], CellLayout[]] {
  const first: CellLayout[] = [];
  const rest: CellLayout[] = [];
  for (const cell of row) {
    let used = 0;
    let count = 0;
    for (const line of cell.lines) {
      const lineHeight = layout.lineHeight(line.style);
      if (used + lineHeight > height - 2 * cell.padY) break;
      used += lineHeight;
      count += 1;
    }
    first.push({ ...cell, lines: cell.lines.slice(0, count) });
    rest.push({ ...cell, lines: cell.lines.slice(count) });
  }
  return [first, rest];
}

interface LaidOutTable {
  frame: Frame;
  header: CellLayout[];
  headerHeight: number;
  rows: CellLayout[][];
}

function layoutTable(layout: PdfLayout, options: TableOptions): LaidOutTable {
  const { columns } = options;
  const frame = { x: options.x ?? MARGIN.left, width: options.width ?? CONTENT_WIDTH };
  const compact = options.compact ?? false;
  const headerStyle = compact ? STYLE.tinyBold : STYLE.smallBold;
  const header = layoutRow(
    layout,
    columns.map((column) => [{ text: column.header, style: headerStyle }]),
    columns,
    frame,
    { emphasised: false, compact },
  );
  const rows = options.rows.map((cells) =>
    layoutRow(layout, cells, columns, frame, { emphasised: false, compact }),
  );
  if (options.total)
    rows.push(layoutRow(layout, options.total, columns, frame, { emphasised: true, compact }));
  return { frame, header, headerHeight: rowHeight(layout, header), rows };
}

/** Height on one page, for small tables placed side by side. */
export function tableHeight(layout: PdfLayout, options: TableOptions): number {
  const { headerHeight, rows } = layoutTable(layout, options);
  return headerHeight + rows.reduce((total, row) => total + rowHeight(layout, row), 0) + TABLE_AFTER;
}

/**
 * A table across the text column. Rows are never split between pages unless a single row is taller than
 * a page; the header row is repeated on every page the table continues on.
 */
export function table(layout: PdfLayout, options: TableOptions): void {
  const { frame, header, headerHeight, rows } = layoutTable(layout, options);
  const drawHeader = () => drawRow(layout, header, headerHeight, frame, HEADER_FILL);
  const firstHeight = rows[0] ? rowHeight(layout, rows[0]) : 0;
  const pageRoom = layout.bottom - MARGIN.top - headerHeight;
  layout.place(headerHeight + Math.min(firstHeight, pageRoom));
  drawHeader();
  rows.forEach((initial, r) => {
    let row = initial;
    let height = rowHeight(layout, row);
    while (height > pageRoom) {
      // Taller than a page (a very long note): fill the page, continue on the next.
      if (layout.bottom - layout.y < pageRoom / 3) {
        layout.newPage();
        drawHeader();
      }
      const room = layout.bottom - layout.y;
      const [now, later] = splitRow(layout, row, room);
      drawRow(layout, now, room, frame);
      layout.newPage();
      drawHeader();
      row = later;
      height = rowHeight(layout, row);
    }
    if (!layout.fits(height)) {
      layout.newPage();
      drawHeader();
    }
    if (options.total && r === rows.length - 1) {
      layout.doc.setDrawColor(0);
      layout.doc.setLineWidth(0.3);
      layout.doc.line(frame.x, layout.y, frame.x + frame.width, layout.y);
    }
    drawRow(layout, row, height, frame);
  });
  layout.y += TABLE_AFTER;
}

/** Two small tables beside each other, such as the answer scale and the maturity levels. */
export function tablesSideBySide(layout: PdfLayout, left: TableOptions, right: TableOptions): void {
  const gap = 12;
  const width = (CONTENT_WIDTH - gap) / 2;
  const first = { ...left, x: MARGIN.left, width };
  const second = { ...right, x: MARGIN.left + width + gap, width };
  layout.place(Math.max(tableHeight(layout, first), tableHeight(layout, second)));
  const top = layout.y;
  table(layout, first);
  const firstBottom = layout.y;
  layout.y = top;
  table(layout, second);
  layout.y = Math.max(firstBottom, layout.y);
}
