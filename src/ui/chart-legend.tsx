import type { ReactNode } from "react";
import { type SeriesKey, SeriesMark } from "./series-mark";

interface ChartLegendProps {
  /** Names the list for screen readers, e.g. "Chart legend". */
  label: string;
  /** Each drawn series with its text, which says the mark's shape in words too. */
  entries: readonly { series: SeriesKey; text: string }[];
}

/** A series' line and point in a legend entry, drawn as the chart draws them. */
export function LegendLine({
  stroke,
  dash,
  children,
}: {
  stroke: string;
  dash: string | undefined;
  children?: ReactNode;
}) {
  return (
    <svg width="40" height="12" aria-hidden="true" focusable="false">
      <line x1="2" y1="6" x2="38" y2="6" stroke={stroke} strokeWidth="3" strokeDasharray={dash} />
      {children}
    </svg>
  );
}

/** In HTML beside the chart rather than inside its SVG: readable, zoomable and translatable text. */
export function ChartLegend({ label, entries }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {entries.map(({ series, text }) => (
        <li key={series}>
          <SeriesMark series={series} />
          {text}
        </li>
      ))}
    </ul>
  );
}
