import { markerPath, trendStyle } from "./trend-style";

/** In HTML beside the chart rather than inside its SVG: readable, zoomable and translatable text. */
export function TrendLegend({ label, names }: { label: string; names: readonly string[] }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {names.map((name, index) => {
        const style = trendStyle(index);
        return (
          <li key={name}>
            <svg width="40" height="12" aria-hidden="true" focusable="false">
              <line
                x1="2"
                y1="6"
                x2="38"
                y2="6"
                stroke={style.stroke}
                strokeWidth="3"
                strokeDasharray={style.dash}
              />
              <path d={markerPath(style.marker, 20, 6, 4)} fill={style.stroke} />
            </svg>
            {name}
          </li>
        );
      })}
    </ul>
  );
}
