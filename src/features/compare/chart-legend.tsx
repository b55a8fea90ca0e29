import { useTranslation } from "react-i18next";
import { SERIES_STYLE, type SeriesKey } from "./series-style";

interface ChartLegendProps {
  series: readonly SeriesKey[];
  names: Record<SeriesKey, string>;
}

/** In HTML beside the chart rather than inside its SVG: readable, zoomable and translatable text. */
export function ChartLegend({ series, names }: ChartLegendProps) {
  const { t } = useTranslation("compare");
  return (
    <ul className="chart-legend" aria-label={t("chart.legend")}>
      {series.map((key) => {
        const style = SERIES_STYLE[key];
        return (
          <li key={key}>
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
              {key === "own" ? (
                <circle cx="20" cy="6" r="4" fill={style.stroke} />
              ) : (
                <rect x="16" y="2" width="8" height="8" fill={style.stroke} />
              )}
            </svg>
            {key === "own"
              ? t("chart.legendOwn", { name: names.own })
              : t("chart.legendOther", { name: names.other })}
          </li>
        );
      })}
    </ul>
  );
}
