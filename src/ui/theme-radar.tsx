import { type Point, RADAR_RINGS, radarAngle, radarPoint } from "./radar-geometry";
import { SERIES_STYLE, type SeriesKey } from "./series-style";

/** One theme: its title and a 0–100 value per series drawn (absent for a series not drawn). */
export type RadarDatum = { themeId: string; title: string } & Partial<Record<SeriesKey, number>>;

interface ThemeRadarProps {
  data: readonly RadarDatum[];
  /** Drawn in this order, the last on top. */
  series: readonly SeriesKey[];
  /** Summary read by screen readers; the table beside every chart is the full text equivalent. */
  label: string;
}

// In the SVG's own units: it scales to its box, and the labels fit inside it at any width.
const WIDTH = 400;
const HEIGHT = 290;
const RADIUS = 108;
const CENTER: Point = [WIDTH / 2, 168];
const LABEL_GAP = 12;
const LABEL_SIZE = 16;
const LABEL_LINE = 19;
const LABEL_CHARS = 16;
// Suomi.fi tokens; the grid reaches 3:1 against white.
const GRID = "var(--fi-color-depth-dark2)";
const TEXT = "var(--fi-color-black-base)";
const HALO = { stroke: "var(--fi-color-white-base)", strokeWidth: 3, paintOrder: "stroke" } as const;

/** Words on lines of at most LABEL_CHARS characters (a longer word keeps a line of its own). */
function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= LABEL_CHARS)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const pointAt = (index: number, count: number, value: number) =>
  radarPoint(CENTER, RADIUS, index, count, value);

const pathOf = (points: readonly Point[]) =>
  `${points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`).join("")}Z`;

/** An axis's title beyond its end: centred above or below an axis pointing up or down, beside one pointing sideways. */
function AxisLabel({ title, index, count }: { title: string; index: number; count: number }) {
  const angle = radarAngle(index, count);
  const [x, y] = radarPoint(CENTER, RADIUS + LABEL_GAP, index, count, 100);
  const lines = wrap(title);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const isSideways = Math.abs(sin) <= 0.3;
  const anchor = !isSideways ? "middle" : cos > 0 ? "start" : "end";
  const height = lines.length * LABEL_LINE;
  // The first line's baseline: a line's text sits about 0.8 of the line above its baseline.
  const top = sin < -0.3 ? y - height : isSideways ? y - height / 2 : y;
  return (
    <text textAnchor={anchor} style={{ fill: TEXT, fontSize: LABEL_SIZE, fontWeight: 600 }}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} y={top + (i + 0.8) * LABEL_LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Marker({ series, point: [x, y] }: { series: SeriesKey; point: Point }) {
  const { stroke, marker } = SERIES_STYLE[series];
  if (marker === "circle") return <circle cx={x} cy={y} r={4} style={{ fill: stroke }} />;
  if (marker === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} style={{ fill: stroke }} />;
  return null;
}

/**
 * The theme radar of the results, the comparison and the workshop, drawn as plain SVG: grid rings at 25–100,
 * one axis per theme, and each series with its own line and point shape, so none depends on colour alone.
 * No chart library: this draws in well under a millisecond, where the library's code took tens of
 * milliseconds of the main thread to arrive and draw. A series missing a theme's value is not drawn.
 */
export function ThemeRadar({ data, series, label }: ThemeRadarProps) {
  const count = data.length;
  const ring = (value: number) => pathOf(data.map((_, i) => pointAt(i, count, value)));
  const drawn = series.filter((key) => data.every((datum) => datum[key] !== undefined));
  const [scaleX] = pointAt(0, count, 0);
  return (
    <div className="radar-chart" role="img" aria-label={label}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height="100%" aria-hidden="true" focusable="false">
        {RADAR_RINGS.map((value) => (
          <path key={value} d={ring(value)} style={{ fill: "none", stroke: GRID }} />
        ))}
        {data.map((datum, i) => {
          const [x, y] = pointAt(i, count, 100);
          return (
            <line key={datum.themeId} x1={CENTER[0]} y1={CENTER[1]} x2={x} y2={y} style={{ stroke: GRID }} />
          );
        })}
        {drawn.map((key) => {
          const { stroke, dash, fillOpacity } = SERIES_STYLE[key];
          const points = data.map((datum, i) => pointAt(i, count, datum[key] ?? 0));
          return (
            <g key={key}>
              <path
                d={pathOf(points)}
                style={{
                  stroke,
                  strokeWidth: key === "target" ? 2 : 3,
                  strokeDasharray: dash,
                  fill: stroke,
                  fillOpacity,
                }}
              />
              {points.map((point, i) => (
                <Marker key={data[i]?.themeId} series={key} point={point} />
              ))}
            </g>
          );
        })}
        {RADAR_RINGS.map((value) => {
          const [, y] = pointAt(0, count, value);
          return (
            // A white halo keeps the number legible where a series passes under it.
            <text key={value} x={scaleX + 5} y={y + 4} style={{ fill: TEXT, fontSize: 12, ...HALO }}>
              {value}
            </text>
          );
        })}
        {data.map((datum, i) => (
          <AxisLabel key={datum.themeId} title={datum.title} index={i} count={count} />
        ))}
      </svg>
    </div>
  );
}
