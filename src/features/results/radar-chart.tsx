import { Radar } from "recharts";
import { ThemeRadarFrame } from "../../ui/theme-radar-frame";

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

const LINE = "var(--fi-color-highlight-dark1)";
const FILL = "var(--fi-color-highlight-base)";

/** Loaded lazily: recharts is the heaviest dependency and the scores are readable without it. */
export default function ThemeRadarChart({ data, label }: ThemeRadarChartProps) {
  return (
    <ThemeRadarFrame data={data} label={label}>
      <Radar
        dataKey="score"
        stroke={LINE}
        strokeWidth={3}
        fill={FILL}
        fillOpacity={0.3}
        dot={{ r: 4, fill: LINE, fillOpacity: 1 }}
        isAnimationActive={false}
      />
    </ThemeRadarFrame>
  );
}
