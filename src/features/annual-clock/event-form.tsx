import { type ReactNode, useEffect, useId } from "react";
import { type FieldError, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { CalendarEvent } from "../../domain/plan";
import { useCalendarEventTitle } from "../../ui/calendar-event-title";
import {
  type EventDraft,
  type EventField,
  type EventFormValues,
  eventErrorKey,
  eventResolver,
  toFormValues,
} from "./event-form-values";
import { MONTHS, useMonthName } from "./month-name";

/** What a control needs from its field: its id, and whether it is invalid and what describes it. */
interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FieldProps {
  formId: string;
  field: EventField;
  label: string;
  hint?: string;
  error: FieldError | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** Label, hint, control and error message, tied together by ids. */
function Field({ formId, field, label, hint, error, children }: FieldProps) {
  const { t } = useTranslation("annualClock");
  const id = `${formId}-${field}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && (
        <p id={errorId} className="field-error">
          {t(eventErrorKey(field, error.type))}
        </p>
      )}
    </div>
  );
}

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
  useEffect(() => setFocus("title"), [setFocus]);

  return (
    <form className="clock-form" aria-labelledby={`${id}-heading`} noValidate onSubmit={handleSubmit(onSave)}>
      <Heading id={`${id}-heading`} className="clock-form-heading">
        {heading}
      </Heading>
      <Field
        formId={id}
        field="title"
        label={template ? t("form.templateTitle") : t("form.title")}
        hint={
          template
            ? t("form.templateTitleHint", { title: templateTitle({ title: "", template }) })
            : t("form.titleHint")
        }
        error={errors.title}
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
      <Field formId={id} field="month" label={t("form.month")} error={errors.month}>
        {(control) => (
          <select className="text-input clock-month-select" aria-required {...control} {...register("month")}>
            <MonthOptions emptyLabel={t("form.chooseMonth")} />
          </select>
        )}
      </Field>
      <Field
        formId={id}
        field="endMonth"
        label={t("form.endMonth")}
        hint={t("form.endMonthHint")}
        error={errors.endMonth}
      >
        {(control) => (
          <select className="text-input clock-month-select" {...control} {...register("endMonth")}>
            <MonthOptions emptyLabel={t("form.noEndMonth")} />
          </select>
        )}
      </Field>
      <Field formId={id} field="note" label={t("form.note")} error={errors.note}>
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
