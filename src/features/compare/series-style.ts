/** Which side a chart shape draws. Apart from the chart module, so the legend does not pull in recharts. */
export type SeriesKey = "own" | "other";

// Suomi.fi tokens reaching 3:1 on white. The sides also differ by line (solid/dashed) and point shape
// (circle/square), so telling them apart never depends on colour alone (WCAG 1.4.1).
export const SERIES_STYLE = {
  own: { stroke: "var(--fi-color-highlight-dark1)", dash: undefined, fillOpacity: 0.25 },
  other: { stroke: "var(--fi-color-accent-tertiary-dark1)", dash: "8 5", fillOpacity: 0.1 },
} as const satisfies Record<SeriesKey, { stroke: string; dash: string | undefined; fillOpacity: number }>;
