import { Radar } from "recharts";
import { SERIES_STYLE } from "../../ui/series-style";
import { ThemeRadarFrame } from "../../ui/theme-radar-frame";

export interface HighlightDatum {
  themeId: string;
  title: string;
  /** The highlighted member's theme score, 0–100; absent when it has none. */
  own?: number;
  /** The regional median; absent under the minimum group size. */
  other?: number;
}

function SquareDot({ cx = 0, cy = 0 }: { cx?: number; cy?: number }) {
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={SERIES_STYLE.other.stroke} />;
}

/** Loaded lazily: recharts is heavy, and the table beside it says the same. */
export default function HighlightRadarChart({
  data,
  label,
}: {
  data: readonly HighlightDatum[];
  label: string;
}) {
  const own = SERIES_STYLE.own;
  const other = SERIES_STYLE.other;
  return (
    <ThemeRadarFrame data={data} label={label}>
      <Radar
        dataKey="other"
        stroke={other.stroke}
        strokeWidth={3}
        strokeDasharray={other.dash}
        fill={other.stroke}
        fillOpacity={other.fillOpacity}
        dot={<SquareDot />}
        isAnimationActive={false}
      />
      <Radar
        dataKey="own"
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
