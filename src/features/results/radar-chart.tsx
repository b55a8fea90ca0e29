import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

export interface RadarDatum {
  themeId: string;
  title: string;
  /** 0–100, rounded as shown in the table. */
  score: number;
}

interface ThemeRadarChartProps {
  data: readonly RadarDatum[];
  /** Summary read by screen readers; the table next to the chart is the full text equivalent. */
  label: string;
}

// Suomi.fi tokens; the stroke and grid reach 3:1 against white, the fill is only a tint behind the stroke.
const LINE = "var(--fi-color-highlight-dark1)";
const FILL = "var(--fi-color-highlight-base)";
const GRID = "var(--fi-color-depth-dark2)";
const TEXT = "var(--fi-color-black-base)";

/**
 * Loaded lazily: recharts is the heaviest dependency and the scores are readable without it.
 * role="img" with no focusable content inside, so recharts' own keyboard layer is switched off.
 */
export default function ThemeRadarChart({ data, label }: ThemeRadarChartProps) {
  return (
    <div className="radar-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart
          data={[...data]}
          outerRadius="80%"
          margin={{ top: 24, right: 24, bottom: 24, left: 24 }}
          accessibilityLayer={false}
        >
          <PolarGrid stroke={GRID} />
          {/* width makes recharts wrap long theme titles instead of clipping them on narrow screens. */}
          <PolarAngleAxis dataKey="title" tick={{ fill: TEXT, fontSize: 15, width: 120 }} />
          <PolarRadiusAxis
            domain={[0, 100]}
            ticks={[25, 50, 75, 100]}
            // Between the first two axes, so the scale's numbers do not sit on a theme's label.
            angle={30}
            axisLine={false}
            tick={{ fill: TEXT, fontSize: 12 }}
          />
          <Radar
            dataKey="score"
            stroke={LINE}
            strokeWidth={3}
            fill={FILL}
            fillOpacity={0.3}
            dot={{ r: 4, fill: LINE, fillOpacity: 1 }}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
