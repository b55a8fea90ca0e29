import type { Action, CalendarEvent } from "./plan";
import { monthsOf } from "./plan";

export type ClockEntry =
  | {
      kind: "event";
      event: CalendarEvent /** the event's first month, or a later month of a period */;
      isStart: boolean;
    }
  | { kind: "action"; action: Action; day: number; year: number };

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
  const dated = actions
    .filter((action): action is Action & { due: string } => action.due !== undefined)
    .sort((a, b) => a.due.localeCompare(b.due));
  for (const action of dated) {
    const [year, month, day] = action.due.split("-").map(Number) as [number, number, number];
    months[month - 1]?.entries.push({ kind: "action", action, day, year });
  }
  return months;
}
