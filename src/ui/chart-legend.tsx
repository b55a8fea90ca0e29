import type { ReactNode } from "react";
import { SERIES_STYLE, type SeriesKey } from "./series-style";

interface ChartLegendProps {
  /** Names the list for screen readers, e.g. "Chart legend". */
  label: string;
  /** Each drawn series with its text, which says the line and point style in words too. */
  entries: readonly { series: SeriesKey; text: string }[];
}

function Marker({ series }: { series: SeriesKey }) {
  const { stroke, marker } = SERIES_STYLE[series];
  if (marker === "circle") return <circle cx="20" cy="6" r="4" fill={stroke} />;
  if (marker === "square") return <rect x="16" y="2" width="8" height="8" fill={stroke} />;
  return null;
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
      {entries.map(({ series, text }) => {
        const style = SERIES_STYLE[series];
        return (
          <li key={series}>
            <LegendLine stroke={style.stroke} dash={style.dash}>
              <Marker series={series} />
            </LegendLine>
            {text}
          </li>
        );
      })}
    </ul>
  );
}
