import { useTranslation } from "react-i18next";
import type { ClockMonth } from "../../domain/annual-clock";
import { ActionEntry, type EventControls, EventEntry } from "./clock-entries";
import { useMonthName } from "./month-name";

interface ClockMonthsProps {
  months: readonly ClockMonth[];
  controls: EventControls;
  /** The DOM id of a month's heading, which takes focus when the event shown there is deleted. */
  monthHeadingId: (month: number) => string;
}

/** The real content of the clock: twelve months in order, each a heading and its entries. */
export function ClockMonths({ months, controls, monthHeadingId }: ClockMonthsProps) {
  const { t } = useTranslation("annualClock");
  const monthName = useMonthName();
  return (
    <ol className="clock-months">
      {months.map(({ month, entries }) => (
        <li key={month} className="clock-month">
          <h3 id={monthHeadingId(month)} tabIndex={-1}>
            {monthName(month, true)}
          </h3>
          {entries.length === 0 ? (
            <p className="clock-month-empty">{t("months.empty")}</p>
          ) : (
            <ul className="clock-entries">
              {entries.map((entry) =>
                entry.kind === "event" ? (
                  <EventEntry
                    key={`event-${entry.event.id}`}
                    event={entry.event}
                    isStart={entry.isStart}
                    controls={controls}
                  />
                ) : (
                  <ActionEntry key={`action-${entry.action.id}`} action={entry.action} />
                ),
              )}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
