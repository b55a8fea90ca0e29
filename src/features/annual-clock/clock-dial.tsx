import type { ClockMonth } from "../../domain/annual-clock";

const OUTER = 100;
const INNER = 58;
const LABEL = 79;
const ACTION_DOT = 46;

/** A point at `radius` on the dial, `turn` months clockwise from the top (January starts at twelve o'clock). */
function polar(radius: number, turn: number): [x: number, y: number] {
  const angle = (turn / 12) * 2 * Math.PI - Math.PI / 2;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

function point(radius: number, turn: number): string {
  return polar(radius, turn)
    .map((value) => value.toFixed(2))
    .join(" ");
}

function sector(index: number): string {
  const [start, end] = [index, index + 1];
  return `M ${point(INNER, start)} L ${point(OUTER, start)} A ${OUTER} ${OUTER} 0 0 1 ${point(OUTER, end)} L ${point(INNER, end)} A ${INNER} ${INNER} 0 0 0 ${point(INNER, start)} Z`;
}

/**
 * The year as a round clock, for the eye only: months with events are shaded, months with actions get a dot.
 * Screen readers skip it; the list of months is the content.
 */
export function ClockDial({ months }: { months: readonly ClockMonth[] }) {
  return (
    <svg className="clock-dial" viewBox="-104 -104 208 208" aria-hidden="true" focusable="false">
      {months.map(({ month, entries }, index) => {
        const hasEvent = entries.some((entry) => entry.kind === "event");
        const hasAction = entries.some((entry) => entry.kind === "action");
        const [x, y] = polar(LABEL, index + 0.5);
        const [dotX, dotY] = polar(ACTION_DOT, index + 0.5);
        return (
          <g key={month}>
            <path d={sector(index)} className={hasEvent ? "clock-dial-busy" : "clock-dial-free"} />
            <text x={x} y={y} className="clock-dial-label">
              {month}
            </text>
            {hasAction && <circle cx={dotX} cy={dotY} r={5} className="clock-dial-action" />}
          </g>
        );
      })}
    </svg>
  );
}
