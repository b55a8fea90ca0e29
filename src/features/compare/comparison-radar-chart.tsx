import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { SERIES_STYLE, type SeriesKey } from "./series-style";

export interface ComparisonDatum {
  themeId: string;
  title: string;
  /** 0–100, rounded as in the table; absent for a side that is not drawn. */
  own?: number;
  other?: number;
}

interface ComparisonRadarChartProps {
  data: readonly ComparisonDatum[];
  series: readonly SeriesKey[];
  /** Summary read by screen readers; the table below is the full text equivalent. */
  label: string;
}

const GRID = "var(--fi-color-depth-dark2)";
const TEXT = "var(--fi-color-black-base)";

interface DotProps {
  cx?: number;
  cy?: number;
}

function SquareDot({ cx = 0, cy = 0 }: DotProps) {
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={SERIES_STYLE.other.stroke} />;
}

/** Lazily loaded like the results chart: recharts is heavy, and the table says the same. */
export default function ComparisonRadarChart({ data, series, label }: ComparisonRadarChartProps) {
  return (
    <div className="radar-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart
          data={[...data]}
          outerRadius="78%"
          margin={{ top: 24, right: 24, bottom: 24, left: 24 }}
          accessibilityLayer={false}
        >
          <PolarGrid stroke={GRID} />
          <PolarAngleAxis dataKey="title" tick={{ fill: TEXT, fontSize: 15, width: 120 }} />
          <PolarRadiusAxis
            domain={[0, 100]}
            ticks={[25, 50, 75, 100]}
            angle={30}
            axisLine={false}
            tick={{ fill: TEXT, fontSize: 12 }}
          />
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
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
