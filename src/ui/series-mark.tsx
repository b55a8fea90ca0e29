import type { CSSProperties } from "react";

/** A series of the theme bars: "own" is the bar, "other" a square on it and "target" an upright line. */
export type SeriesKey = "own" | "other" | "target";

/**
 * How a series is drawn, in the chart and in the legends beside it alike. The colours and shapes are in
 * styles.css: each reaches 3:1 on white and differs by shape too, never by colour alone (WCAG 1.4.1).
 */
export function SeriesMark({ series, style }: { series: SeriesKey; style?: CSSProperties }) {
  return <span className={`series-mark series-${series}`} style={style} aria-hidden="true" />;
}
