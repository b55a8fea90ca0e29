import { LegendLine } from "../../ui/chart-legend";
import { markerPath, trendStyle } from "./trend-style";

/** In HTML beside the chart rather than inside its SVG: readable, zoomable and translatable text. */
export function TrendLegend({ label, names }: { label: string; names: readonly string[] }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {names.map((name, index) => {
        const style = trendStyle(index);
        return (
          <li key={name}>
            <LegendLine stroke={style.stroke} dash={style.dash}>
              <path d={markerPath(style.marker, 20, 6, 4)} fill={style.stroke} />
            </LegendLine>
            {name}
          </li>
        );
      })}
    </ul>
  );
}
