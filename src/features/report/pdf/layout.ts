import type { jsPDF } from "jspdf";
import { FONT_FAMILY } from "./fonts";
import { wrapText } from "./wrap";

/** A4 portrait in millimetres. */
export const PAGE = { width: 210, height: 297 } as const;
export const MARGIN = { top: 22, bottom: 20, left: 20, right: 20 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const PT_TO_MM = 25.4 / 72;
const LINE_HEIGHT = 1.3;

/** Greys only, dark enough to print and copy: the report must read in black and white. */
export interface TextStyle {
  size: number;
  bold?: boolean;
  /** 0 is black; secondary text stays at 70 or darker. */
  grey?: number;
}

export const STYLE = {
  title: { size: 24, bold: true },
  subtitle: { size: 14 },
  h1: { size: 17, bold: true },
  h2: { size: 13, bold: true },
  h3: { size: 11, bold: true },
  body: { size: 10 },
  bold: { size: 10, bold: true },
  muted: { size: 10, grey: 70 },
  small: { size: 8.5 },
  table: { size: 9 },
  tableBold: { size: 9, bold: true },
  smallBold: { size: 8.5, bold: true },
  smallMuted: { size: 8.5, grey: 70 },
  tiny: { size: 7.5 },
  tinyBold: { size: 7.5, bold: true },
  tinyMuted: { size: 7.5, grey: 70 },
  big: { size: 26, bold: true },
} as const satisfies Record<string, TextStyle>;

const HEADING_STYLE = { 1: STYLE.h1, 2: STYLE.h2, 3: STYLE.h3 } as const;
const HEADING_SPACE = {
  1: { before: 10, after: 4 },
  2: { before: 5, after: 2.5 },
  3: { before: 3.5, after: 1.5 },
};

/** One piece of a keep-together block: a wrapped text in a style, optionally indented. */
export interface BlockPart {
  text: string;
  style?: TextStyle;
  indent?: number;
  /** Space above the part, in mm. */
  before?: number;
}

interface WrappedPart {
  lines: string[];
  style: TextStyle;
  indent: number;
  before: number;
}

/** Text placed only together with the start of what follows it: a heading, or a short lead-in to a table. */
interface PendingText {
  lines: string[];
  style: TextStyle;
  indent: number;
  /** Space above (left out at the top of a page) and below, in mm. */
  before: number;
  after: number;
  /** A section's title, marked with the page it lands on. */
  section?: string;
}

/** Longer lead-ins flow as paragraphs do: kept whole, they could outgrow the room above a page's foot. */
const LEAD_MAX_LINES = 4;

export interface SectionMark {
  title: string;
  page: number;
}

/**
 * A cursor over the pages with the rules that keep a printed report tidy: a heading is placed only
 * together with the start of what follows it, a paragraph never leaves a single line behind, and a
 * keep-together block moves whole to the next page.
 */
export class PdfLayout {
  y: number = MARGIN.top;
  readonly sections: SectionMark[] = [];
  private pending: PendingText[] = [];

  constructor(readonly doc: jsPDF) {}

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  get bottom(): number {
    return PAGE.height - MARGIN.bottom;
  }

  setStyle(style: TextStyle): void {
    this.doc.setFont(FONT_FAMILY, style.bold ? "bold" : "normal");
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(style.grey ?? 0);
  }

  lineHeight(style: TextStyle): number {
    return style.size * PT_TO_MM * LINE_HEIGHT;
  }

  /** Wraps to `width` in `style`; see wrapText for where words break. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    this.setStyle(style);
    return wrapText(text, width, (word) => this.wordWidth(word, style));
  }

  private readonly widths = new Map<string, number>();

  private wordWidth(word: string, style: TextStyle): number {
    const key = `${style.size}${style.bold ? "b" : ""}|${word}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.getTextWidth(word);
      this.widths.set(key, width);
    }
    return width;
  }

  textWidth(text: string, style: TextStyle): number {
    this.setStyle(style);
    return this.doc.getTextWidth(text);
  }

  /** Draws lines from `y` (their top) without any page logic; returns the y below them. */
  drawLines(
    lines: readonly string[],
    x: number,
    y: number,
    style: TextStyle,
    align: "left" | "right" | "center" = "left",
  ): number {
    this.setStyle(style);
    const height = this.lineHeight(style);
    // The baseline sits a little above the line's bottom so descenders stay inside it.
    const baseline = style.size * PT_TO_MM * 1.02;
    lines.forEach((line, i) => {
      this.doc.text(line, x, y + i * height + baseline, { align });
    });
    return y + lines.length * height;
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /**
   * A section starts on a new page with its title, unless it is a short one that may follow on the same
   * page; the mark feeds the contents and the PDF outline (with the page its title lands on).
   */
  section(title: string, options: { newPage?: boolean } = {}): void {
    if ((options.newPage ?? true) && (this.y > MARGIN.top || this.pending.length > 0)) this.newPage();
    this.pending.push({ ...this.headingText(title, 1), section: title });
  }

  /** Queued until the next block is placed, so that a heading never ends a page on its own. */
  heading(text: string, level: 1 | 2 | 3): void {
    this.pending.push(this.headingText(text, level));
  }

  private headingText(text: string, level: 1 | 2 | 3): PendingText {
    const style = HEADING_STYLE[level];
    return { lines: this.wrap(text, CONTENT_WIDTH, style), style, indent: 0, ...HEADING_SPACE[level] };
  }

  private pendingHeight(startsPage: boolean): number {
    return this.pending.reduce((total, text, i) => {
      const before = i === 0 && startsPage ? 0 : text.before;
      return total + before + text.lines.length * this.lineHeight(text.style) + text.after;
    }, 0);
  }

  /**
   * Makes room for the queued headings and lead-ins plus `firstHeight` (the first unbreakable piece of
   * what follows) and draws them. Every drawing method starts with this.
   */
  place(firstHeight: number): void {
    const atTop = this.y <= MARGIN.top;
    if (!atTop && this.y + this.pendingHeight(false) + firstHeight > this.bottom) this.newPage();
    const startsPage = this.y <= MARGIN.top;
    this.pending.forEach((text, i) => {
      if (!(i === 0 && startsPage)) this.y += text.before;
      if (text.section !== undefined) this.sections.push({ title: text.section, page: this.page });
      this.y = this.drawLines(text.lines, MARGIN.left + text.indent, this.y, text.style);
      this.y += text.after;
    });
    this.pending = [];
  }

  /**
   * A paragraph that may continue on the next page, but never with a single line on either side. One that
   * leads into what follows (a table's figures or intro) is kept with its start instead, as headings are.
   */
  paragraph(
    text: string,
    style: TextStyle = STYLE.body,
    options: { indent?: number; after?: number; keepWithNext?: boolean } = {},
  ): void {
    const indent = options.indent ?? 0;
    let lines = this.wrap(text, CONTENT_WIDTH - indent, style);
    const after = options.after ?? 2.5;
    if (options.keepWithNext && lines.length <= LEAD_MAX_LINES) {
      this.pending.push({ lines, style, indent, before: 0, after });
      return;
    }
    const height = this.lineHeight(style);
    // Two lines at least on each side: a paragraph of up to three lines does not split at all.
    this.place((lines.length < 4 ? lines.length : 2) * height);
    while (lines.length > 0) {
      let room = Math.floor((this.bottom - this.y) / height + 1e-6);
      if (room >= lines.length) {
        this.y = this.drawLines(lines, MARGIN.left + indent, this.y, style);
        break;
      }
      // Leave at least two lines for the next page.
      if (lines.length - room < 2) room = lines.length - 2;
      if (room < 2) {
        this.newPage();
        continue;
      }
      this.drawLines(lines.slice(0, room), MARGIN.left + indent, this.y, style);
      lines = lines.slice(room);
      this.newPage();
    }
    this.y += after;
  }

  private wrapParts(parts: readonly BlockPart[], width: number): WrappedPart[] {
    return parts.map((part) => {
      const style = part.style ?? STYLE.body;
      const indent = part.indent ?? 0;
      return { lines: this.wrap(part.text, width - indent, style), style, indent, before: part.before ?? 0 };
    });
  }

  private partsHeight(parts: readonly WrappedPart[]): number {
    return parts.reduce(
      (total, part) => total + part.before + part.lines.length * this.lineHeight(part.style),
      0,
    );
  }

  /**
   * Parts kept together on one page, e.g. one suggestion with its item, figures and text. A block taller
   * than a page (a very long note) flows on as paragraphs do.
   */
  block(parts: readonly BlockPart[], options: { after?: number; x?: number; width?: number } = {}): void {
    const x = options.x ?? MARGIN.left;
    const wrapped = this.wrapParts(parts, options.width ?? CONTENT_WIDTH);
    const height = this.partsHeight(wrapped);
    const fitsOnAPage = height <= this.bottom - MARGIN.top;
    this.place(fitsOnAPage ? height : this.lineHeight(wrapped[0]?.style ?? STYLE.body) * 2);
    if (fitsOnAPage && !this.fits(height)) this.newPage();
    for (const part of wrapped) {
      this.y += part.before;
      const lineHeight = this.lineHeight(part.style);
      for (const line of part.lines) {
        if (!this.fits(lineHeight)) this.newPage();
        this.y = this.drawLines([line], x + part.indent, this.y, part.style);
      }
    }
    this.y += options.after ?? 3;
  }
}
