import type { TFunction } from "i18next";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarEvent } from "../domain/plan";

/**
 * A template event reads in the reader's language until the user names it; the annual clock page and the
 * report show the same title.
 */
export function calendarEventTitle(event: Pick<CalendarEvent, "title" | "template">, t: TFunction): string {
  if (event.title.trim() !== "" || event.template === undefined) return event.title;
  return t(`plan.calendarTemplate.${event.template}`);
}

export function useCalendarEventTitle(): (event: Pick<CalendarEvent, "title" | "template">) => string {
  const { t } = useTranslation();
  return useCallback((event) => calendarEventTitle(event, t), [t]);
}
