import { useEffect, useId } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { CalendarEvent } from "../../domain/plan";
import { useCalendarEventTitle } from "../../ui/calendar-event-title";
import { Field } from "../../ui/form-field";
import {
  type EventDraft,
  type EventErrorField,
  type EventFormValues,
  eventErrorKey,
  eventResolver,
  toFormValues,
} from "./event-form-values";
import { MONTHS, useMonthName } from "./month-name";

function MonthOptions({ emptyLabel }: { emptyLabel: string }) {
  const monthName = useMonthName();
  return (
    <>
      <option value="">{emptyLabel}</option>
      {MONTHS.map((month) => (
        <option key={month} value={month}>
          {monthName(month, true)}
        </option>
      ))}
    </>
  );
}

interface EventFormProps {
  /** The event being edited; a new event when missing. */
  event?: CalendarEvent;
  heading: string;
  /** h2 for the add form, h4 for an event edited inside its month. */
  headingLevel: "h2" | "h4";
  submitLabel: string;
  onSave: (draft: EventDraft) => void;
  onCancel: () => void;
}

/** Adds or edits one recurring event. Opens with the name field focused; errors are in the user's language. */
export function EventForm({ event, heading, headingLevel, submitLabel, onSave, onCancel }: EventFormProps) {
  const Heading = headingLevel;
  const { t } = useTranslation("annualClock");
  const templateTitle = useCalendarEventTitle();
  const template = event?.template;
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<EventFormValues, unknown, EventDraft>({
    defaultValues: toFormValues(event),
    resolver: eventResolver(template),
  });
  const id = useId();
  const ids = (field: string) => `${id}-${field}`;
  const errorText = (field: EventErrorField) => {
    const error = errors[field];
    return error && t(eventErrorKey(field, error.type));
  };
  useEffect(() => setFocus("title"), [setFocus]);

  return (
    <form className="clock-form" aria-labelledby={ids("heading")} noValidate onSubmit={handleSubmit(onSave)}>
      <Heading id={ids("heading")} className="clock-form-heading">
        {heading}
      </Heading>
      <Field
        id={ids("title")}
        label={template ? t("form.templateTitle") : t("form.title")}
        hint={
          template
            ? t("form.templateTitleHint", { title: templateTitle({ title: "", template }) })
            : t("form.titleHint")
        }
        errorText={errorText("title")}
      >
        {(control) => (
          <input
            type="text"
            className="text-input"
            autoComplete="off"
            aria-required={template ? undefined : true}
            {...control}
            {...register("title")}
          />
        )}
      </Field>
      <Field id={ids("month")} label={t("form.month")} errorText={errorText("month")}>
        {(control) => (
          <select className="text-input clock-month-select" aria-required {...control} {...register("month")}>
            <MonthOptions emptyLabel={t("form.chooseMonth")} />
          </select>
        )}
      </Field>
      <Field id={ids("endMonth")} label={t("form.endMonth")} hint={t("form.endMonthHint")}>
        {(control) => (
          <select className="text-input clock-month-select" {...control} {...register("endMonth")}>
            <MonthOptions emptyLabel={t("form.noEndMonth")} />
          </select>
        )}
      </Field>
      <Field id={ids("note")} label={t("form.note")} errorText={errorText("note")}>
        {(control) => <textarea className="text-area" rows={2} {...control} {...register("note")} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("form.cancel")}
        </button>
      </div>
    </form>
  );
}
