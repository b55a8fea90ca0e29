import type { Resolver } from "react-hook-form";
import * as z from "zod/mini";
import { type CalendarEvent, CalendarEventSchema, type CalendarTemplate } from "../../domain/plan";
import { parseWith } from "../../domain/problems";
import { fieldErrorsFrom } from "../../ui/form-errors";

/** What the form holds: selects and text fields give strings until the resolver makes them an event. */
export interface EventFormValues {
  title: string;
  /** "" until a month is chosen. */
  month: string;
  /** "" for an event of one month. */
  endMonth: string;
  note: string;
}
export type EventField = keyof EventFormValues;

/** An event without its id: the store gives a new event one, an edited event keeps its own. */
export type EventDraft = Omit<CalendarEvent, "id">;

const EventDraftSchema = z.omit(CalendarEventSchema, { id: true });

export function toFormValues(event: CalendarEvent | undefined): EventFormValues {
  return {
    title: event?.title ?? "",
    month: event === undefined ? "" : String(event.month),
    endMonth: event?.endMonth === undefined ? "" : String(event.endMonth),
    note: event?.note ?? "",
  };
}

function toCandidate(values: EventFormValues, template: CalendarTemplate | undefined) {
  const month = values.month === "" ? undefined : Number(values.month);
  // A "period" that ends where it starts is one month.
  const endMonth =
    values.endMonth === "" || Number(values.endMonth) === month ? undefined : Number(values.endMonth);
  const note = values.note.trim();
  return {
    ...(template !== undefined && { template }),
    title: values.title,
    month,
    ...(endMonth !== undefined && { endMonth }),
    ...(note !== "" && { note }),
  };
}

/**
 * Validates with the domain schema, so the form and a loaded file agree on what an event is. The error's
 * type is the problem code; the form turns it into a sentence in the user's language.
 */
export function eventResolver(
  template: CalendarTemplate | undefined,
): Resolver<EventFormValues, unknown, EventDraft> {
  return (values) => {
    const result = parseWith(EventDraftSchema, toCandidate(values, template));
    const errors = fieldErrorsFrom<EventFormValues>(result.ok ? [] : result.problems);
    // The schema lets the title be empty because a template names its event; an event of the user's own
    // has nothing else to show.
    if (template === undefined && values.title.trim() === "") {
      errors.title ??= { type: "missing", message: "missing" };
    }
    if (!result.ok || Object.keys(errors).length > 0) return { values: {}, errors };
    return { values: result.value, errors: {} };
  };
}

export type EventErrorKey =
  | "form.errors.titleRequired"
  | "form.errors.titleTooLong"
  | "form.errors.noteTooLong"
  | "form.errors.month";

/** The end month's list holds only "none" and valid months, so that field never has an error. */
export type EventErrorField = Exclude<EventField, "endMonth">;

/** Only a title can be missing or too long; a note only too long; a month only unchosen. */
export function eventErrorKey(field: EventErrorField, code: string | undefined): EventErrorKey {
  if (field === "title") return code === "tooLong" ? "form.errors.titleTooLong" : "form.errors.titleRequired";
  if (field === "note") return "form.errors.noteTooLong";
  return "form.errors.month";
}
