import { useTranslation } from "react-i18next";
import type { CalendarEvent, DatedAction } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import { useCalendarEventTitle } from "../../ui/calendar-event-title";
import { formatDate } from "../../ui/format";
import { EventForm } from "./event-form";
import type { EventDraft } from "./event-form-values";
import { useMonthName } from "./month-name";

/** What an event on the clock can ask of the editor that owns the page's state. */
export interface EventControls {
  editingId: string | null;
  edit: (event: CalendarEvent) => void;
  remove: (event: CalendarEvent) => void;
  save: (event: CalendarEvent, draft: EventDraft) => void;
  cancelEdit: (event: CalendarEvent) => void;
  /** The DOM id of the event's edit button, so focus can return to it. */
  editButtonId: (event: CalendarEvent) => string;
}

interface EventEntryProps {
  event: CalendarEvent;
  /** False in the later months of a period: those show the event as continuing, without controls. */
  isStart: boolean;
  controls: EventControls;
}

export function EventEntry({ event, isStart, controls }: EventEntryProps) {
  const { t } = useTranslation("annualClock");
  const title = useCalendarEventTitle()(event);
  const monthName = useMonthName();
  if (isStart && controls.editingId === event.id) {
    return (
      <li className="clock-entry clock-entry-editing">
        <EventForm
          event={event}
          heading={t("form.editHeading", { title })}
          headingLevel="h4"
          submitLabel={t("form.save")}
          onSave={(draft) => controls.save(event, draft)}
          onCancel={() => controls.cancelEdit(event)}
        />
      </li>
    );
  }
  const period =
    event.endMonth === undefined ? null : { start: monthName(event.month), end: monthName(event.endMonth) };
  return (
    <li className={`clock-entry clock-entry-event${isStart ? "" : " clock-entry-continuing"}`}>
      <p className="clock-entry-kind">{t("entry.event")}</p>
      <p className="clock-entry-title">{title}</p>
      {period && (
        <p className="clock-entry-meta">{t(isStart ? "entry.period" : "entry.continues", period)}</p>
      )}
      {isStart && event.note && <p className="clock-entry-note">{event.note}</p>}
      {isStart && (
        <div className="clock-entry-buttons">
          <button
            type="button"
            id={controls.editButtonId(event)}
            className="button button-secondary"
            aria-label={t("entry.editLabel", { title })}
            onClick={() => controls.edit(event)}
          >
            {t("entry.edit")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-label={t("entry.deleteLabel", { title })}
            onClick={() => controls.remove(event)}
          >
            {t("entry.delete")}
          </button>
        </div>
      )}
    </li>
  );
}

/** An action from the plan, shown in its due month; it is edited on the plan page. */
export function ActionEntry({ action }: { action: DatedAction }) {
  const { t } = useTranslation("annualClock");
  const { t: tCommon } = useTranslation();
  const language = useAppStore((state) => state.language);
  const responsible = action.responsible.trim();
  return (
    <li className="clock-entry clock-entry-action">
      <p className="clock-entry-kind">
        {t("entry.action")} · <time dateTime={action.due}>{formatDate(action.due, language)}</time>
      </p>
      <p className="clock-entry-title">{action.what}</p>
      <p className="clock-entry-meta">
        {t("entry.status", { status: tCommon(`plan.actionStatus.${action.status}`) })}
        {responsible && ` · ${t("entry.responsible", { role: responsible })}`}
      </p>
    </li>
  );
}
