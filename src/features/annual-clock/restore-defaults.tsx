import { useState } from "react";
import { useTranslation } from "react-i18next";
import { missingDefaultEvents } from "../../domain/annual-clock";
import type { CalendarEvent } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import { useCalendarEventTitle } from "../../ui/calendar-event-title";
import { ConfirmDialog } from "../../ui/confirm-dialog";

interface RestoreDefaultsProps {
  calendar: readonly CalendarEvent[];
  announce: (message: string) => void;
}

/** Puts back the default events the user has deleted; never touches the events that are there. */
export function RestoreDefaults({ calendar, announce }: RestoreDefaultsProps) {
  const { t } = useTranslation("annualClock");
  const eventTitle = useCalendarEventTitle();
  const saveCalendarEvent = useAppStore((state) => state.saveCalendarEvent);
  const [missing, setMissing] = useState<CalendarEvent[]>([]);
  const ask = () => {
    const found = missingDefaultEvents(calendar);
    if (found.length === 0) announce(t("status.nothingToRestore"));
    setMissing(found);
  };
  const restore = () => {
    for (const event of missing) saveCalendarEvent(event);
    announce(t("status.restored", { count: missing.length }));
    setMissing([]);
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={ask}>
        {t("toolbar.restore")}
      </button>
      <ConfirmDialog
        isOpen={missing.length > 0}
        title={t("restoreDialog.title")}
        body={t("restoreDialog.body", { titles: missing.map(eventTitle).join(", ") })}
        confirmLabel={t("restoreDialog.confirm")}
        cancelLabel={t("restoreDialog.cancel")}
        onConfirm={restore}
        onCancel={() => setMissing([])}
      />
    </>
  );
}
