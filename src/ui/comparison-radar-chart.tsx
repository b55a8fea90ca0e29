import { Radar } from "recharts";
import { SERIES_STYLE, type SeriesKey } from "./series-style";
import { ThemeRadarFrame } from "./theme-radar-frame";

/** The two sides of a comparison: the user's own (or a highlighted municipality) and the other (an example, the regional median). */
export type Side = Extract<SeriesKey, "own" | "other">;

export interface ComparisonDatum {
  themeId: string;
  title: string;
  /** 0–100, rounded as in the table; absent for a side that is not drawn. */
  own?: number;
  other?: number;
}

interface ComparisonRadarChartProps {
  data: readonly ComparisonDatum[];
  /** Drawn in this order, the last on top. */
  series: readonly Side[];
  /** Summary read by screen readers; the table below is the full text equivalent. */
  label: string;
}

interface DotProps {
  cx?: number;
  cy?: number;
}

function SquareDot({ cx = 0, cy = 0 }: DotProps) {
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={SERIES_STYLE.other.stroke} />;
}

/** Load it lazily, like the results chart: recharts is heavy, and the table beside it says the same. */
export default function ComparisonRadarChart({ data, series, label }: ComparisonRadarChartProps) {
  return (
    <ThemeRadarFrame data={data} label={label}>
      {series.map((key) => {
        const style = SERIES_STYLE[key];
        return (
          <Radar
            key={key}
            dataKey={key}
            stroke={style.stroke}
            strokeWidth={3}
            strokeDasharray={style.dash}
            fill={style.stroke}
            fillOpacity={style.fillOpacity}
            dot={key === "other" ? <SquareDot /> : { r: 4, fill: style.stroke, fillOpacity: 1 }}
            isAnimationActive={false}
          />
        );
      })}
    </ThemeRadarFrame>
  );
}
