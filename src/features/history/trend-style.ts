/** How each line of the trend chart is drawn. Apart from the chart, so the legend does not pull in recharts. */
export type TrendMarker = "circle" | "square" | "triangle" | "diamond";

export interface TrendStyle {
  stroke: string;
  dash: string | undefined;
  marker: TrendMarker;
}

// Suomi.fi tokens reaching 3:1 on white. Each line also has its own dash and point shape, and the legend and
// the table name them, so telling them apart never depends on colour alone (WCAG 1.4.1).
const STYLES: readonly TrendStyle[] = [
  { stroke: "var(--fi-color-black-base)", dash: undefined, marker: "circle" },
  { stroke: "var(--fi-color-highlight-dark1)", dash: "8 5", marker: "square" },
  { stroke: "var(--fi-color-accent-tertiary-dark1)", dash: "2 4", marker: "triangle" },
  { stroke: "var(--fi-color-success-dark1)", dash: "12 4 2 4", marker: "diamond" },
];

/** The first style is the overall score's; a checklist with more themes than styles repeats the theme ones. */
export function trendStyle(index: number): TrendStyle {
  const themeStyles = STYLES.length - 1;
  return (index === 0 ? STYLES[0] : STYLES[1 + ((index - 1) % themeStyles)]) as TrendStyle;
}

/** The point's outline as an SVG path around (x, y), r from the centre. */
export function markerPath(marker: TrendMarker, x: number, y: number, r: number): string {
  switch (marker) {
    case "circle":
      return `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case "square":
      return `M ${x - r} ${y - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`;
    case "triangle":
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y + r} L ${x - r - 1} ${y + r} Z`;
    case "diamond":
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y} L ${x} ${y + r + 1} L ${x - r - 1} ${y} Z`;
  }
}
