import { Radar } from "recharts";
import { SERIES_STYLE } from "../../ui/series-style";
import { ThemeRadarFrame } from "../../ui/theme-radar-frame";

export interface RadarDatum {
  themeId: string;
  title: string;
  /** 0–100, rounded as shown in the table. */
  score: number;
  /** The theme's score with its targets reached; absent while no target is set. */
  target?: number;
}

interface ThemeRadarChartProps {
  data: readonly RadarDatum[];
  /** Summary read by screen readers; the table next to the chart is the full text equivalent. */
  label: string;
}

const { own, target } = SERIES_STYLE;

/** Loaded lazily: recharts is the heaviest dependency and the scores are readable without it. */
export default function ThemeRadarChart({ data, label }: ThemeRadarChartProps) {
  const hasTarget = data.some((datum) => datum.target !== undefined);
  return (
    <ThemeRadarFrame data={data} label={label}>
      {hasTarget && (
        <Radar
          dataKey="target"
          stroke={target.stroke}
          strokeWidth={2}
          strokeDasharray={target.dash}
          fillOpacity={0}
          isAnimationActive={false}
        />
      )}
      <Radar
        dataKey="score"
        stroke={own.stroke}
        strokeWidth={3}
        fill={own.stroke}
        fillOpacity={own.fillOpacity}
        dot={{ r: 4, fill: own.stroke, fillOpacity: 1 }}
        isAnimationActive={false}
      />
    </ThemeRadarFrame>
  );
}
