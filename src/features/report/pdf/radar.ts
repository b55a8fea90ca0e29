import { type Point, RADAR_RINGS, radarAngle, radarPoint } from "../../../ui/radar-geometry";
import { CONTENT_WIDTH, MARGIN, type PdfLayout, STYLE } from "./layout";

export type LineKind = "solid" | "dashed" | "dotted";
export type MarkerKind = "circle" | "square" | "triangle";

export interface RadarSeries {
  /** Legend text, e.g. "Now: solid line, round points". */
  legend: string;
  /** 0–100 per axis; a series with any null is not drawn (the caller says so in the text). */
  values: readonly (number | null)[];
  line: LineKind;
  marker: MarkerKind;
}

const RADIUS = 42;
const LABEL_WIDTH = 52;
const LABEL_GAP = 4;
const DASH: Record<LineKind, number[]> = { solid: [], dashed: [2.4, 1.4], dotted: [0.3, 1.1] };
const WIDTH: Record<LineKind, number> = { solid: 0.7, dashed: 0.55, dotted: 0.7 };

const pointAt = (center: Point, index: number, count: number, value: number): Point =>
  radarPoint(center, RADIUS, index, count, value);

function polygon(layout: PdfLayout, points: readonly Point[], style: "S" | "F"): void {
  const [first, ...rest] = points;
  if (!first) return;
  let previous = first;
  const deltas = rest.map((point) => {
    const delta = [point[0] - previous[0], point[1] - previous[1]];
    previous = point;
    return delta;
  });
  layout.doc.lines(deltas, first[0], first[1], [1, 1], style, true);
}

function setLine(layout: PdfLayout, kind: LineKind): void {
  const { doc } = layout;
  doc.setDrawColor(0);
  doc.setLineWidth(WIDTH[kind]);
  doc.setLineDashPattern(DASH[kind], 0);
  doc.setLineCap(kind === "dotted" ? "round" : "butt");
}

function resetLine(layout: PdfLayout): void {
  layout.doc.setLineDashPattern([], 0);
  layout.doc.setLineCap("butt");
}

/** Filled black for the current state; open (white inside) for the others, so overlapping points stay apart. */
export function marker(layout: PdfLayout, kind: MarkerKind, [x, y]: Point, filled: boolean): void {
  const { doc } = layout;
  const size = 1.3;
  doc.setLineWidth(0.35);
  doc.setDrawColor(0);
  doc.setFillColor(filled ? 0 : 255, filled ? 0 : 255, filled ? 0 : 255);
  if (kind === "circle") doc.circle(x, y, size * 0.85, "FD");
  else if (kind === "square") doc.rect(x - size * 0.8, y - size * 0.8, size * 1.6, size * 1.6, "FD");
  else doc.triangle(x, y - size, x - size, y + size * 0.8, x + size, y + size * 0.8, "FD");
}

function axisLabel(layout: PdfLayout, text: string, index: number, count: number, center: Point): void {
  const angle = radarAngle(index, count);
  const [x, y] = pointAt(center, index, count, 100 + (LABEL_GAP * 100) / RADIUS);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const lines = layout.wrap(text, LABEL_WIDTH, STYLE.bold);
  const height = lines.length * layout.lineHeight(STYLE.bold);
  const align = cos > 0.3 ? "left" : cos < -0.3 ? "right" : "center";
  const top = sin < -0.3 ? y - height : sin > 0.3 ? y : y - height / 2;
  layout.drawLines(lines, x, top, STYLE.bold, align);
}

/**
 * The rings' values beside the first axis, on a white patch drawn last, so they stay legible where a
 * series passes under them.
 */
function scaleLabels(layout: PdfLayout, center: Point, count: number): void {
  const style = { size: 7, grey: 60 };
  for (const ring of RADAR_RINGS) {
    const [x, y] = pointAt(center, 0, count, ring);
    const text = String(ring);
    const width = layout.textWidth(text, style) + 1;
    const height = layout.lineHeight(style);
    layout.doc.setFillColor(255, 255, 255);
    layout.doc.rect(x + 1.6, y - height / 2, width, height, "F");
    layout.drawLines([text], x + 2.1, y - height / 2, style);
  }
}

/** How far the chart and its labels reach above and below the centre. */
function extent(layout: PdfLayout, axes: readonly string[]): { above: number; below: number } {
  const lineHeight = layout.lineHeight(STYLE.bold);
  let above = RADIUS;
  let below = 0;
  axes.forEach((axis, i) => {
    const sin = Math.sin(radarAngle(i, axes.length));
    const labelHeight = layout.wrap(axis, LABEL_WIDTH, STYLE.bold).length * lineHeight;
    const reach = (RADIUS + LABEL_GAP) * sin;
    if (sin < -0.3) above = Math.max(above, -reach + labelHeight);
    else if (sin > 0.3) below = Math.max(below, reach + labelHeight);
    else below = Math.max(below, reach + labelHeight / 2);
  });
  return { above, below };
}

const LEGEND_LINE = 5.5;

/**
 * A radar of theme scores drawn with vectors: grey grid rings at 25, 50, 75 and 100, one axis per theme,
 * each series with its own line style and marker, and a legend that names both, so it reads in black and
 * white. The current state (the first series) is also shaded.
 */
export function radar(layout: PdfLayout, axes: readonly string[], series: readonly RadarSeries[]): void {
  const { above, below } = extent(layout, axes);
  const height = above + below + 6 + series.length * LEGEND_LINE;
  layout.place(height);
  const { doc } = layout;
  const count = axes.length;
  const center: Point = [MARGIN.left + CONTENT_WIDTH / 2, layout.y + above];
  const drawn = series.filter((s) => s.values.length === count && s.values.every((v) => v !== null));
  const pointsOf = (s: RadarSeries) => s.values.map((value, i) => pointAt(center, i, count, value ?? 0));

  const [current] = drawn;
  if (current === series[0] && current) {
    doc.setFillColor(228, 228, 228);
    polygon(layout, pointsOf(current), "F");
  }
  doc.setDrawColor(150);
  doc.setLineWidth(0.2);
  for (const ring of RADAR_RINGS) {
    polygon(
      layout,
      axes.map((_, i) => pointAt(center, i, count, ring)),
      "S",
    );
  }
  axes.forEach((axis, i) => {
    const [x, y] = pointAt(center, i, count, 100);
    doc.setDrawColor(150);
    doc.setLineWidth(0.2);
    doc.line(center[0], center[1], x, y);
    axisLabel(layout, axis, i, count, center);
  });
  drawn.forEach((s, index) => {
    setLine(layout, s.line);
    polygon(layout, pointsOf(s), "S");
    resetLine(layout);
    for (const point of pointsOf(s)) marker(layout, s.marker, point, index === 0 && s === series[0]);
  });
  scaleLabels(layout, center, count);

  // Legend: a short line in the series' style with its marker, then the words.
  let y = center[1] + below + 6;
  const x = MARGIN.left + 30;
  series.forEach((s, index) => {
    const middle = y + 2.2;
    setLine(layout, s.line);
    doc.line(x, middle, x + 14, middle);
    resetLine(layout);
    marker(layout, s.marker, [x + 7, middle], index === 0);
    layout.drawLines([s.legend], x + 18, y, STYLE.body);
    y += LEGEND_LINE;
  });
  layout.y += height + 2;
}
