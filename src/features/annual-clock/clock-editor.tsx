import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClockMonth } from "../../domain/annual-clock";
import type { Assessment } from "../../domain/assessment";
import type { CalendarEvent } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import { useCalendarEventTitle } from "../../ui/calendar-event-title";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useFocusAfterRender } from "../../ui/use-focus-after-render";
import { CalendarDownload } from "./calendar-download";
import type { EventControls } from "./clock-entries";
import { ClockMonths } from "./clock-months";
import { EventForm } from "./event-form";
import type { EventDraft } from "./event-form-values";
import { useMonthName } from "./month-name";
import { RestoreDefaults } from "./restore-defaults";
import { UndatedActions } from "./undated-actions";

/** The clock of a saved assessment: its months, and adding, editing, deleting and restoring events. */
export function ClockEditor({
  assessment,
  months,
}: {
  assessment: Assessment;
  months: readonly ClockMonth[];
}) {
  const { t } = useTranslation("annualClock");
  const saveCalendarEvent = useAppStore((state) => state.saveCalendarEvent);
  const removeCalendarEvent = useAppStore((state) => state.removeCalendarEvent);
  const eventTitle = useCalendarEventTitle();
  const monthName = useMonthName();
  // The new event's edit button after adding, a month heading after its event is deleted.
  const focusAfterRender = useFocusAfterRender();
  const [isAdding, setIsAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<CalendarEvent | null>(null);
  // Counted, so the same message said twice (restore pressed again) is a new node and is read again.
  const [status, setStatusState] = useState({ text: "", count: 0 });
  const setStatus = (text: string) => setStatusState((old) => ({ text, count: old.count + 1 }));
  const id = useId();
  const ids = {
    add: `${id}-add`,
    addForm: `${id}-add-form`,
    monthHeading: (month: number) => `${id}-month-${month}`,
    editButton: (eventId: string) => `${id}-edit-${eventId}`,
  };
  const { calendar, actions } = assessment;

  const add = (draft: EventDraft) => {
    const newId = saveCalendarEvent(draft);
    setIsAdding(false);
    setStatus(t("status.added", { title: eventTitle(draft), month: monthName(draft.month) }));
    focusAfterRender(ids.editButton(newId));
  };
  const controls: EventControls = {
    editingId,
    edit: (event) => setEditingId(event.id),
    remove: setPendingDelete,
    save: (event, draft) => {
      saveCalendarEvent({ ...draft, id: event.id });
      setEditingId(null);
      setStatus(t("status.saved", { title: eventTitle(draft) }));
      focusAfterRender(ids.editButton(event.id));
    },
    cancelEdit: (event) => {
      setEditingId(null);
      focusAfterRender(ids.editButton(event.id));
    },
    editButtonId: (event) => ids.editButton(event.id),
  };
  const confirmDelete = (event: CalendarEvent) => {
    removeCalendarEvent(event.id);
    setPendingDelete(null);
    if (editingId === event.id) setEditingId(null);
    setStatus(t("status.deleted", { title: eventTitle(event) }));
    focusAfterRender(ids.monthHeading(event.month));
  };

  return (
    <>
      <div className="button-row">
        <button
          type="button"
          id={ids.add}
          className="button button-primary"
          aria-expanded={isAdding}
          aria-controls={isAdding ? ids.addForm : undefined}
          onClick={() => setIsAdding(!isAdding)}
        >
          {t("toolbar.add")}
        </button>
        <RestoreDefaults calendar={calendar} announce={setStatus} />
      </div>
      <CalendarDownload assessment={assessment} announce={setStatus} />
      {isAdding && (
        <div id={ids.addForm} className="panel">
          <EventForm
            heading={t("form.addHeading")}
            headingLevel="h2"
            submitLabel={t("form.add")}
            onSave={add}
            onCancel={() => {
              setIsAdding(false);
              focusAfterRender(ids.add);
            }}
          />
        </div>
      )}
      <p role="status" className="clock-status">
        <span key={status.count}>{status.text}</span>
      </p>
      <h2>{t("months.heading")}</h2>
      <UndatedActions actions={actions} />
      <ClockMonths months={months} controls={controls} monthHeadingId={ids.monthHeading} />
      <ConfirmDialog
        isOpen={pendingDelete !== null}
        title={t("deleteDialog.title")}
        body={
          pendingDelete
            ? t(pendingDelete.template ? "deleteDialog.bodyTemplate" : "deleteDialog.bodyCustom", {
                title: eventTitle(pendingDelete),
              })
            : ""
        }
        confirmLabel={t("deleteDialog.confirm")}
        cancelLabel={t("deleteDialog.cancel")}
        onConfirm={() => pendingDelete && confirmDelete(pendingDelete)}
        onCancel={() => setPendingDelete(null)}
      />
    </>
  );
}
