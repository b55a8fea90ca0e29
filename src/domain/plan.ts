import * as z from "zod/mini";
import { LEVELS, type Level } from "./level";
import { ACTIONS_MAX, CALENDAR_MAX, PLAN_LABEL_MAX, PLAN_TEXT_MAX } from "./limits";
import { ownValue } from "./own-value";

/** What the municipality does next: the user's own words, a role rather than a person, and a status. */
export const ACTION_STATUSES = ["planned", "underway", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const ID = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/));

export const ActionSchema = z.strictObject({
  id: ID,
  what: z.string().check(z.trim(), z.minLength(1), z.maxLength(PLAN_TEXT_MAX)),
  /** A role such as "hyte coordinator"; the form never pre-fills a person's name. */
  responsible: z.string().check(z.trim(), z.maxLength(PLAN_LABEL_MAX)),
  /** ISO date (YYYY-MM-DD); optional, because some actions are agreed before their date is. */
  due: z.optional(z.iso.date()),
  status: z.enum(ACTION_STATUSES),
  /** The checklist item the action improves, if any. */
  itemId: z.optional(z.string()),
});
export type Action = z.infer<typeof ActionSchema>;

/**
 * Recurring dates with a default in the seeds. The title of a template event comes from the app's texts,
 * so the clock reads right in every language until the user writes a title of their own.
 */
export const CALENDAR_TEMPLATES = [
  "springAssociationEvening",
  "autumnAssociationEvening",
  "grantApplicationPeriod",
  "wellbeingReport",
] as const;
export type CalendarTemplate = (typeof CALENDAR_TEMPLATES)[number];

const Month = z.int().check(z.minimum(1), z.maximum(12));

export const CalendarEventSchema = z.strictObject({
  id: ID,
  template: z.optional(z.enum(CALENDAR_TEMPLATES)),
  /** Empty means "use the template's title"; an event without a template needs one. */
  title: z.string().check(z.trim(), z.maxLength(PLAN_LABEL_MAX)),
  month: Month,
  /** Last month of a period, e.g. an application period from January to February; may wrap past December. */
  endMonth: z.optional(Month),
  note: z.optional(z.string().check(z.maxLength(PLAN_TEXT_MAX))),
});
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;

/** Where the user wants each item to be next year; items without a target aim at "fully in place". */
export const TargetsSchema = z.record(z.string(), z.literal(LEVELS));
export type Targets = Record<string, Level>;

export const PlanFieldsSchema = {
  targets: TargetsSchema,
  actions: z.array(ActionSchema).check(z.maxLength(ACTIONS_MAX)),
  calendar: z.array(CalendarEventSchema).check(z.maxLength(CALENDAR_MAX)),
};

/** The item's target, if the user set one (an own entry only: see ownValue). */
export function targetFor(targets: Readonly<Targets>, itemId: string): Level | undefined {
  return ownValue(targets, itemId);
}

export interface PlanFields {
  targets: Targets;
  actions: Action[];
  calendar: CalendarEvent[];
}

/**
 * The seeds' recurring dates (000: associations convened twice a year, spring and autumn; the autumn
 * meeting reviews next year's clock with its grant application periods; associations brought into the
 * wellbeing report work). The seeds name seasons, not months: the months are defaults to edit.
 */
export const DEFAULT_CALENDAR: readonly CalendarEvent[] = [
  { id: "spring-association-evening", template: "springAssociationEvening", title: "", month: 4 },
  { id: "autumn-association-evening", template: "autumnAssociationEvening", title: "", month: 10 },
  { id: "grant-application-period", template: "grantApplicationPeriod", title: "", month: 1, endMonth: 2 },
  { id: "wellbeing-report", template: "wellbeingReport", title: "", month: 3 },
];

/** Seeds behind each template, cited where the clock is shown. */
export const CALENDAR_TEMPLATE_SOURCES: Record<CalendarTemplate, readonly string[]> = {
  springAssociationEvening: ["000_9aaae73377c7edd1.txt", "002_9274484d39675f21.txt"],
  autumnAssociationEvening: ["000_9aaae73377c7edd1.txt"],
  grantApplicationPeriod: ["000_9aaae73377c7edd1.txt"],
  wellbeingReport: ["000_9aaae73377c7edd1.txt", "002_9274484d39675f21.txt"],
};

export function emptyPlan(): PlanFields {
  return { targets: {}, actions: [], calendar: DEFAULT_CALENDAR.map((event) => ({ ...event })) };
}

/** The annual clock as a new assessment has it: nothing added, edited or deleted. */
export function isDefaultCalendar(calendar: readonly CalendarEvent[]): boolean {
  const fields = (event: CalendarEvent) => [
    event.id,
    event.template,
    event.title,
    event.month,
    event.endMonth,
    event.note,
  ];
  return (
    calendar.length === DEFAULT_CALENDAR.length &&
    calendar.every((event, index) => {
      const original = DEFAULT_CALENDAR[index];
      return original !== undefined && fields(event).every((value, at) => value === fields(original)[at]);
    })
  );
}

/** An action with a due date. */
export type DatedAction = Action & { due: string };

/** The actions that have a due date, earliest first (ISO dates sort as text). */
export function datedActions(actions: readonly Action[]): DatedAction[] {
  return actions
    .filter((action): action is DatedAction => action.due !== undefined)
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** Months an event covers, in calendar order from its first month (a period may run over New Year). */
export function monthsOf(event: Pick<CalendarEvent, "month" | "endMonth">): number[] {
  const end = event.endMonth ?? event.month;
  const length = ((end - event.month + 12) % 12) + 1;
  return Array.from({ length }, (_, i) => ((event.month - 1 + i) % 12) + 1);
}

/** A short id that is unique enough within one assessment; no randomness needed for correctness. */
export function newId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}
