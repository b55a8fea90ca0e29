import type { Quartiles } from "../../domain/regional";

/** Scores run 0–100, so a score is its own percentage of the scale. */
const percent = (value: number) => `${value}%`;

/**
 * A box plot of scores on the 0–100 scale, for the eye: whiskers from min to max, the box from Q1 to Q3, a bar at the
 * median. Hidden from screen readers, which read the same figures in the list beside it.
 */
export function QuartileBox({ quartiles }: { quartiles: Quartiles }) {
  const { min, q1, median, q3 } = quartiles;
  return (
    <div className="quartile-box" aria-hidden="true">
      <span
        className="quartile-box-whisker"
        style={{ left: percent(min), width: percent(quartiles.max - min) }}
      />
      <span className="quartile-box-box" style={{ left: percent(q1), width: percent(q3 - q1) }} />
      <span className="quartile-box-median" style={{ left: percent(median) }} />
    </div>
  );
}
