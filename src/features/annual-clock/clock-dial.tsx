import { useTranslation } from "react-i18next";
import type { ClockMonth } from "../../domain/annual-clock";

const OUTER = 100;
const INNER = 58;
// A month with events also gets a dark rim: its pale shade alone is not 3:1 against a free month's white.
const RIM = 92;
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

/** Month `index`'s slice of the ring between `inner` and `outer`. */
function sector(index: number, inner = INNER, outer = OUTER): string {
  const [start, end] = [index, index + 1];
  return `M ${point(inner, start)} L ${point(outer, start)} A ${outer} ${outer} 0 0 1 ${point(outer, end)} L ${point(inner, end)} A ${inner} ${inner} 0 0 0 ${point(inner, start)} Z`;
}

/** What the dial's shades and dots mean, with each mark drawn as on the dial. */
function ClockLegend() {
  const { t } = useTranslation("annualClock");
  return (
    <ul className="clock-legend">
      <li>
        <svg viewBox="0 0 24 16" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="22" height="14" className="clock-dial-busy" />
          <rect x="1" y="1" width="22" height="4" className="clock-dial-rim" />
        </svg>
        {t("dial.event")}
      </li>
      <li>
        <svg viewBox="0 0 24 16" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="5" className="clock-dial-action" />
        </svg>
        {t("dial.action")}
      </li>
      <li>
        <svg viewBox="0 0 24 16" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="22" height="14" className="clock-dial-free" />
        </svg>
        {t("dial.free")}
      </li>
      <li>{t("dial.months")}</li>
    </ul>
  );
}

/**
 * The year as a round clock with its legend, for the eye only: months with events are shaded, months with
 * actions get a dot. Screen readers skip both; the list of months is the content.
 */
export function ClockDial({ months }: { months: readonly ClockMonth[] }) {
  return (
    <div className="clock-dial" aria-hidden="true">
      <svg viewBox="-104 -104 208 208" aria-hidden="true" focusable="false">
        {months.map(({ month, entries }, index) => {
          const hasEvent = entries.some((entry) => entry.kind === "event");
          const hasAction = entries.some((entry) => entry.kind === "action");
          const [x, y] = polar(LABEL, index + 0.5);
          const [dotX, dotY] = polar(ACTION_DOT, index + 0.5);
          return (
            <g key={month}>
              <path d={sector(index)} className={hasEvent ? "clock-dial-busy" : "clock-dial-free"} />
              {hasEvent && <path d={sector(index, RIM)} className="clock-dial-rim" />}
              <text x={x} y={y} className="clock-dial-label">
                {month}
              </text>
              {hasAction && <circle cx={dotX} cy={dotY} r={5} className="clock-dial-action" />}
            </g>
          );
        })}
      </svg>
      <ClockLegend />
    </div>
  );
}
