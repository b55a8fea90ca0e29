import type { ReactNode } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, RadarChart, ResponsiveContainer } from "recharts";

interface ThemeRadarFrameProps {
  /** One row per theme with `title` and a 0–100 value per series. */
  data: readonly object[];
  /** Summary read by screen readers; the table beside every chart is the full text equivalent. */
  label: string;
  /** The `<Radar>` series to draw. */
  children: ReactNode;
}

// Suomi.fi tokens; the grid reaches 3:1 against white.
const GRID = "var(--fi-color-depth-dark2)";
const TEXT = "var(--fi-color-black-base)";

/**
 * The three-theme radar shared by results and comparison. Imported only from lazily loaded charts, so
 * recharts never reaches the first bundle. role="img" with no focusable content, so recharts' own
 * keyboard layer is off.
 */
export function ThemeRadarFrame({ data, label, children }: ThemeRadarFrameProps) {
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
          {children}
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
