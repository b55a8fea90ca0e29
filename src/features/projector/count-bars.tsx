import type { ReactNode } from "react";

export interface CountRow {
  key: string;
  label: ReactNode;
  count: number;
  /** Answers off the level scale (don't know, not applicable, no score) get a hatched bar. */
  isOffScale?: boolean;
}

interface CountBarsProps {
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: readonly CountRow[];
}

/**
 * A bar chart that is a table: the label and the count are text, the bar only repeats the count for the
 * eye, so a screen reader reads the same figures and the bars need no colour to be told apart.
 */
export function CountBars({ caption, labelHeader, countHeader, rows }: CountBarsProps) {
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <table className="count-bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{countHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              <span className="count-bar-row">
                <span className="count-bar-value">{row.count}</span>
                <span className="count-bar-track" aria-hidden="true">
                  <span
                    className={row.isOffScale ? "count-bar count-bar-off-scale" : "count-bar"}
                    style={{ width: `${(row.count / largest) * 100}%` }}
                  />
                </span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
