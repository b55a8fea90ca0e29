import type { Action, CalendarEvent, DatedAction } from "./plan";
import { DEFAULT_CALENDAR, datedActions, monthsOf, newId } from "./plan";

export type ClockEntry =
  | {
      kind: "event";
      event: CalendarEvent /** the event's first month, or a later month of a period */;
      isStart: boolean;
    }
  | { kind: "action"; action: DatedAction; day: number; year: number };

export interface ClockMonth {
  /** 1–12 */
  month: number;
  entries: ClockEntry[];
}

/**
 * The twelve months of the annual clock: each recurring event in every month it covers, and each action
 * with a due date in its month (whatever the year, ordered by date), so the clock shows what falls when.
 * Events keep the user's order; actions follow them, earliest first.
 */
export function annualClock(calendar: readonly CalendarEvent[], actions: readonly Action[]): ClockMonth[] {
  const months: ClockMonth[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, entries: [] }));
  for (const event of calendar) {
    monthsOf(event).forEach((month, index) => {
      months[month - 1]?.entries.push({ kind: "event", event, isStart: index === 0 });
    });
  }
  for (const action of datedActions(actions)) {
    const [year, month, day] = action.due.split("-").map(Number) as [number, number, number];
    months[month - 1]?.entries.push({ kind: "action", action, day, year });
  }
  return months;
}

/**
 * The default events the calendar lacks, for "restore the default dates". A template counts as present when
 * any event uses it, however the user changed it, so restoring never duplicates or overwrites anything;
 * a default whose id the user's events already hold gets a fresh one.
 */
export function missingDefaultEvents(calendar: readonly CalendarEvent[]): CalendarEvent[] {
  const templates = new Set(calendar.map((event) => event.template));
  const ids = calendar.map((event) => event.id);
  return DEFAULT_CALENDAR.filter((event) => !templates.has(event.template)).map((event) => {
    const id = ids.includes(event.id) ? newId("event", ids) : event.id;
    ids.push(id);
    return { ...event, id };
  });
}
