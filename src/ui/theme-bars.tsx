import { type SeriesKey, SeriesMark } from "./series-mark";

/** One theme: its title and a 0–100 value per series drawn (absent for a series without a value there). */
export type ThemeBarDatum = { themeId: string; title: string } & Partial<Record<SeriesKey, number>>;

interface ThemeBarsProps {
  data: readonly ThemeBarDatum[];
  /** The series drawn: "own" as the bar, "other" and "target" as marks on it, in that order whatever the order here. */
  series: readonly SeriesKey[];
  /** Summary read by screen readers; the table beside every chart is the full text equivalent. */
  label: string;
}

const SCALE = [0, 25, 50, 75, 100] as const;
// The bar first, so the marks lie on it, and its figure first beside the title.
const ORDER: readonly SeriesKey[] = ["own", "other", "target"];

/** A series' place on the 0–100 track: the bar's length, a mark's centre. */
function Mark({ series, value }: { series: SeriesKey; value: number }) {
  const position = `${Math.min(100, Math.max(0, value))}%`;
  return <SeriesMark series={series} style={series === "own" ? { width: position } : { left: position }} />;
}

/**
 * The themes of the results, the comparison and the workshop as one horizontal bar each on 0–100, with the
 * target and the other side marked on it. HTML rather than SVG, so the titles wrap instead of clipping at any
 * width, and with each figure beside its title; drawn with the page, without a chart library's code to wait for.
 */
export function ThemeBars({ data, series, label }: ThemeBarsProps) {
  const drawn = ORDER.filter((key) => series.includes(key));
  return (
    <div className="theme-bars" role="img" aria-label={label}>
      {data.map((datum) => (
        <div key={datum.themeId} className="theme-bars-row">
          <span className="theme-bars-head">
            <span className="theme-bars-title">{datum.title}</span>
            <span className="theme-bars-figures">
              {drawn.map((key) => (
                <span key={key} className="theme-bars-figure">
                  <SeriesMark series={key} />
                  {datum[key] ?? "–"}
                </span>
              ))}
            </span>
          </span>
          <span className="theme-bars-track">
            {drawn.map((key) => {
              const value = datum[key];
              return value === undefined ? null : <Mark key={key} series={key} value={value} />;
            })}
          </span>
        </div>
      ))}
      <div className="theme-bars-scale">
        {SCALE.map((value) => (
          <span key={value} style={{ left: `${value}%` }}>
            {value}
          </span>
        ))}
      </div>
    </div>
  );
}
