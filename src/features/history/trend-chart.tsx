import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { markerPath, trendStyle } from "./trend-style";

export interface TrendSeries {
  name: string;
  /** 0–100, rounded as in the table, one per year; null leaves a gap, never a zero. */
  values: (number | null)[];
}

interface TrendChartProps {
  years: readonly number[];
  series: readonly TrendSeries[];
  /** Summary read by screen readers; the table below is the full text equivalent. */
  label: string;
}

// Suomi.fi tokens; the grid reaches 3:1 against white.
const GRID = "var(--fi-color-depth-dark2)";
const TEXT = "var(--fi-color-black-base)";

interface DotProps {
  cx?: number;
  cy?: number;
  value?: number | null;
}

function dot(index: number) {
  const { stroke, marker } = trendStyle(index);
  return ({ cx, cy, value }: DotProps) =>
    cx === undefined || cy === undefined || value == null ? (
      <g key={`${index}-none`} />
    ) : (
      <path key={`${index}-${cx}`} d={markerPath(marker, cx, cy, 4)} fill={stroke} />
    );
}

/** Loaded lazily, like the other charts: recharts is heavy, and the table below says the same. */
export default function TrendChart({ years, series, label }: TrendChartProps) {
  const data = years.map((year, y) => ({
    year: String(year),
    ...Object.fromEntries(series.map((line, s) => [`s${s}`, line.values[y] ?? null])),
  }));
  return (
    <div className="trend-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} strokeDasharray="1 3" />
          <XAxis
            dataKey="year"
            tick={{ fill: TEXT, fontSize: 14 }}
            stroke={GRID}
            padding={{ left: 24, right: 24 }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tick={{ fill: TEXT, fontSize: 13 }}
            stroke={GRID}
          />
          {series.map((line, s) => {
            const style = trendStyle(s);
            return (
              <Line
                key={line.name}
                dataKey={`s${s}`}
                name={line.name}
                stroke={style.stroke}
                strokeWidth={s === 0 ? 4 : 2.5}
                strokeDasharray={style.dash}
                dot={dot(s)}
                activeDot={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
