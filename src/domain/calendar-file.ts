import type { Assessment } from "./assessment";
import { slugify } from "./assessment-file";
import { contentLines, escapeText, property } from "./ical-lines";
import type { Language } from "./localized";
import { type Action, type CalendarEvent, type DatedAction, datedActions, monthsOf } from "./plan";

/**
 * The annual clock as an iCalendar file (RFC 5545) for Outlook, Google Calendar and the like: each event of
 * the clock recurs every year over the months it covers, and each action with a due date is a single day.
 * The texts are the caller's, in the user's language.
 */

export type CalendarFileSource = Pick<Assessment, "id" | "meta" | "calendar" | "actions" | "updatedAt">;

export interface CalendarFileWords {
  language: Language;
  calendarName: string;
  eventTitle: (event: CalendarEvent) => string;
  eventDescription: (event: CalendarEvent) => string;
  actionTitle: (action: DatedAction) => string;
  actionDescription: (action: DatedAction) => string;
}

export interface CalendarFile {
  text: string;
  eventCount: number;
  actionCount: number;
  /** Actions without a due date (or with one no calendar can hold): not in the file. */
  actionsLeftOut: number;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** Dates through Date.UTC, so month and day overflow roll over (the 1st of month 13 is next January). */
function dayOf(year: number, month: number, day: number): Day {
  const date = new Date(Date.UTC(year, month - 1, day));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function dateValue({ year, month, day }: Day): string {
  return `${String(year).padStart(4, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
}

/** The due date as a day, or null when it is not a real date (2027-02-30) or out of iCalendar's range. */
function dueDay(due: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (!isCalendarYear(year)) return null;
  const parsed = dayOf(year, month, day);
  return parsed.year === year && parsed.month === month && parsed.day === day ? parsed : null;
}

/** Four-digit years whose next year is four digits too, as DATE values need. */
function isCalendarYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 9998;
}

function isMonth(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 12;
}

function usableActions(actions: readonly Action[]): { action: DatedAction; day: Day }[] {
  return datedActions(actions).flatMap((action) => {
    const day = dueDay(action.due);
    return day ? [{ action, day }] : [];
  });
}

/** How many actions the file leaves out for want of a due date, for the hint beside the button. */
export function actionsLeftOutOfCalendar(actions: readonly Action[]): number {
  return actions.length - usableActions(actions).length;
}

function utcStamp(date: Date): string {
  if (Number.isNaN(date.getTime())) return "19700101T000000Z";
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/**
 * Grows with every saved change (minutes since 2020), so a calendar that already has an event from an
 * earlier import takes the newer one instead of keeping the old (RFC 5546 3.2: a higher SEQUENCE wins).
 */
function sequenceOf(updatedAt: string): number {
  const minutes = Math.floor((Date.parse(updatedAt) - Date.UTC(2020, 0, 1)) / 60_000);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/** Stable across exports of the same assessment, so importing again updates instead of duplicating. */
function uid(kind: "event" | "action", id: string, assessmentId: string): string {
  return `${kind}.${id}.${assessmentId}@kumppanuuspeili`;
}

interface VEvent {
  uid: string;
  start: Day;
  /** Exclusive, as iCalendar's DTEND for all-day events is. */
  end: Day;
  isYearly: boolean;
  summary: string;
  description: string;
}

function vevent(entry: VEvent, common: { stamp: string; sequence: number; language: Language }): string[] {
  const text = { LANGUAGE: common.language };
  return [
    "BEGIN:VEVENT",
    property("UID", escapeText(entry.uid)),
    property("DTSTAMP", common.stamp),
    property("SEQUENCE", String(common.sequence)),
    property("DTSTART", dateValue(entry.start), { VALUE: "DATE" }),
    property("DTEND", dateValue(entry.end), { VALUE: "DATE" }),
    ...(entry.isYearly ? [property("RRULE", "FREQ=YEARLY")] : []),
    property("SUMMARY", escapeText(entry.summary), text),
    ...(entry.description.trim() === ""
      ? []
      : [property("DESCRIPTION", escapeText(entry.description), text)]),
    // A reminder of a month or a deadline, not a meeting: it must not mark the user busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/**
 * The clock's events start in the assessment's year. The clock knows months, not days, so an event covers
 * its whole months: from the 1st of its first month to the 1st after its last (over New Year if it wraps).
 */
function clockEvents(source: CalendarFileSource, words: CalendarFileWords, year: number): VEvent[] {
  return source.calendar
    .filter((event) => isMonth(event.month))
    .map((event) => {
      const months = monthsOf({
        month: event.month,
        endMonth: isMonth(event.endMonth) ? event.endMonth : undefined,
      });
      return {
        uid: uid("event", event.id, source.id),
        start: dayOf(year, event.month, 1),
        end: dayOf(year, event.month + months.length, 1),
        isYearly: true,
        summary: words.eventTitle(event),
        description: words.eventDescription(event),
      };
    });
}

function actionEvents(source: CalendarFileSource, words: CalendarFileWords): VEvent[] {
  return usableActions(source.actions).map(({ action, day }) => ({
    uid: uid("action", action.id, source.id),
    start: day,
    end: dayOf(day.year, day.month, day.day + 1),
    isYearly: false,
    summary: words.actionTitle(action),
    description: words.actionDescription(action),
  }));
}

export function calendarFile(source: CalendarFileSource, words: CalendarFileWords, now: Date): CalendarFile {
  const year = isCalendarYear(source.meta.year) ? source.meta.year : new Date(now).getUTCFullYear() || 2026;
  const events = clockEvents(source, words, year);
  const actions = actionEvents(source, words);
  const common = { stamp: utcStamp(now), sequence: sequenceOf(source.updatedAt), language: words.language };
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Kumppanuuspeili//Vuosikello//${words.language.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    property("X-WR-CALNAME", escapeText(words.calendarName)),
    ...[...events, ...actions].flatMap((entry) => vevent(entry, common)),
    "END:VCALENDAR",
  ];
  return {
    text: contentLines(lines),
    eventCount: events.length,
    actionCount: actions.length,
    actionsLeftOut: source.actions.length - actions.length,
  };
}

/** e.g. `koski-tl-2026-vuosikello.ics`; `word` is "annual clock" in the file's language. */
export function calendarFileName(
  meta: Pick<Assessment["meta"], "municipality" | "year">,
  word: string,
): string {
  const parts = [slugify(meta.municipality), String(meta.year), slugify(word)];
  return `${parts.filter((part) => part !== "").join("-")}.ics`;
}
