import { CONTENT_WIDTH, MARGIN, type PdfLayout, STYLE } from "./layout";

/** How a series is drawn: the current state as the bar, the others as marks on it, as on the screen. */
export type BarMark = "bar" | "line" | "square";

export interface BarSeries {
  /** Legend text, e.g. "Now: grey bar". */
  legend: string;
  /** 0–100 per theme; a series with any null is not drawn (the caller says so in the text). */
  values: readonly (number | null)[];
  mark: BarMark;
}

/** A 0–100 track's box on the page, in mm. */
interface Track {
  x: number;
  top: number;
  width: number;
  height: number;
}

const TITLE_WIDTH = 52;
const TRACK_X = MARGIN.left + TITLE_WIDTH + 4;
const TRACK_WIDTH = CONTENT_WIDTH - TITLE_WIDTH - 8;
const TRACK_HEIGHT = 5;
const ROW_GAP = 3;
const SCALE = [0, 25, 50, 75, 100] as const;
const LEGEND_LINE = 6;
/** Where the legend shows each mark on its small track. */
const LEGEND_VALUE: Record<BarMark, number> = { bar: 70, line: 50, square: 50 };

const xOf = (track: Track, value: number) =>
  track.x + (track.width * Math.min(100, Math.max(0, value))) / 100;

function drawTrack(layout: PdfLayout, track: Track, gridLines: readonly number[]): void {
  const { doc } = layout;
  doc.setDrawColor(170);
  doc.setLineWidth(0.15);
  for (const value of gridLines)
    doc.line(xOf(track, value), track.top, xOf(track, value), track.top + track.height);
  doc.setDrawColor(90);
  doc.setLineWidth(0.25);
  doc.rect(track.x, track.top, track.width, track.height, "S");
}

/** One series' mark for `value` on `track`. */
function drawMark(layout: PdfLayout, mark: BarMark, value: number, track: Track): void {
  const { doc } = layout;
  const x = xOf(track, value);
  const { top, height } = track;
  if (mark === "bar") {
    doc.setFillColor(110, 110, 110);
    doc.rect(track.x, top + 1, x - track.x, height - 2, "F");
  } else if (mark === "line") {
    // A white edge keeps the black line apart from the grey bar it crosses.
    doc.setFillColor(255, 255, 255);
    doc.rect(x - 0.85, top - 1.2, 1.7, height + 2.4, "F");
    doc.setFillColor(0, 0, 0);
    doc.rect(x - 0.45, top - 1, 0.9, height + 2, "F");
  } else {
    // Open, white inside, so it stands out on the bar and beside the target.
    doc.setDrawColor(0);
    doc.setLineWidth(0.4);
    doc.setFillColor(255, 255, 255);
    doc.rect(x - 1.4, top + height / 2 - 1.4, 2.8, 2.8, "FD");
  }
}

function scaleLabels(layout: PdfLayout, track: Track, top: number): void {
  const style = { size: 7, grey: 60 };
  for (const value of SCALE) {
    const align = value === 0 ? "left" : value === 100 ? "right" : "center";
    layout.drawLines([String(value)], xOf(track, value), top, style, align);
  }
}

/**
 * The themes as horizontal bars on 0–100, drawn with vectors: the title beside each track, the current state
 * as a grey bar, the target as a black upright line and the example as an open square, with grid lines at
 * 25, 50 and 75 and a legend naming each mark, so it reads in black and white.
 */
export function themeBars(layout: PdfLayout, themes: readonly string[], series: readonly BarSeries[]): void {
  const titles = themes.map((theme) => layout.wrap(theme, TITLE_WIDTH, STYLE.bold));
  const lineHeight = layout.lineHeight(STYLE.bold);
  const rowHeights = titles.map((lines) => Math.max(lines.length * lineHeight, TRACK_HEIGHT));
  const rowsHeight = rowHeights.reduce((sum, height) => sum + height + ROW_GAP, 0);
  const scaleHeight = 5;
  const height = rowsHeight + scaleHeight + 3 + series.length * LEGEND_LINE;
  layout.place(height);
  const drawn = series.filter(
    (s) => s.values.length === themes.length && s.values.every((value) => value !== null),
  );
  let y = layout.y;
  let track: Track = { x: TRACK_X, top: y, width: TRACK_WIDTH, height: TRACK_HEIGHT };
  titles.forEach((lines, index) => {
    const rowHeight = rowHeights[index] ?? TRACK_HEIGHT;
    layout.drawLines(lines, MARGIN.left, y + (rowHeight - lines.length * lineHeight) / 2, STYLE.bold);
    track = { ...track, top: y + (rowHeight - TRACK_HEIGHT) / 2 };
    drawTrack(layout, track, SCALE.slice(1, -1));
    for (const s of drawn) drawMark(layout, s.mark, s.values[index] ?? 0, track);
    y += rowHeight + ROW_GAP;
  });
  scaleLabels(layout, track, y - ROW_GAP + 1);

  // Legend: each series' mark on a short track, then the words.
  y += scaleHeight + 3;
  for (const s of series) {
    const legendTrack: Track = { x: TRACK_X, top: y + 0.8, width: 14, height: 4 };
    drawTrack(layout, legendTrack, []);
    drawMark(layout, s.mark, LEGEND_VALUE[s.mark], legendTrack);
    layout.drawLines([s.legend], legendTrack.x + 18, y, STYLE.body);
    y += LEGEND_LINE;
  }
  layout.y += height + 2;
}
