/** Which shape a radar chart draws, and how: shared by the radar and the legends beside it. */
export type SeriesKey = "own" | "other" | "target";

export type SeriesMarker = "circle" | "square" | "none";

// Suomi.fi tokens reaching 3:1 on white. The series also differ by line (solid, dashed, dotted) and point
// shape, so telling them apart never depends on colour alone (WCAG 1.4.1).
export const SERIES_STYLE = {
  own: { stroke: "var(--fi-color-highlight-dark1)", dash: undefined, fillOpacity: 0.25, marker: "circle" },
  other: { stroke: "var(--fi-color-accent-tertiary-dark1)", dash: "8 5", fillOpacity: 0.1, marker: "square" },
  target: { stroke: "var(--fi-color-black-base)", dash: "2 4", fillOpacity: 0, marker: "none" },
} as const satisfies Record<
  SeriesKey,
  { stroke: string; dash: string | undefined; fillOpacity: number; marker: SeriesMarker }
>;
