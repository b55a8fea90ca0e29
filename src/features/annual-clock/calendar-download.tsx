import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import {
  actionsLeftOutOfCalendar,
  type CalendarFileWords,
  calendarFile,
  calendarFileName,
} from "../../domain/calendar-file";
import { useAppStore } from "../../store/app-store";
import { useCalendarEventTitle } from "../../ui/calendar-event-title";
import { downloadBlob } from "../../ui/download";
import { useMonthName } from "./month-name";

/** The words the calendar file carries, in the user's language: the same ones the clock shows. */
function useCalendarFileWords(assessment: Assessment): CalendarFileWords {
  const { t } = useTranslation("annualClock");
  const { t: tCommon } = useTranslation();
  const language = useAppStore((state) => state.language);
  const eventTitle = useCalendarEventTitle();
  const monthName = useMonthName();
  const { municipality, year } = assessment.meta;
  const lines = (...parts: (string | false)[]) =>
    parts.filter((part) => part !== false && part !== "").join("\n");
  return {
    language,
    calendarName: municipality.trim()
      ? t("calendarFile.name", { municipality: municipality.trim(), year })
      : t("calendarFile.nameWithoutMunicipality", { year }),
    eventTitle,
    eventDescription: (event) =>
      lines(
        event.endMonth !== undefined &&
          t("entry.period", { start: monthName(event.month), end: monthName(event.endMonth) }),
        event.note?.trim() ?? "",
      ),
    actionTitle: (action) => t("calendarFile.actionTitle", { what: action.what }),
    actionDescription: (action) =>
      lines(
        t("entry.status", { status: tCommon(`plan.actionStatus.${action.status}`) }),
        action.responsible.trim() !== "" && t("entry.responsible", { role: action.responsible.trim() }),
      ),
  };
}

/** Downloads the clock and the dated actions as an .ics file for Outlook, Google Calendar and the like. */
export function CalendarDownload({
  assessment,
  announce,
}: {
  assessment: Assessment;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation("annualClock");
  const words = useCalendarFileWords(assessment);
  const hintId = useId();
  const leftOut = actionsLeftOutOfCalendar(assessment.actions);
  const download = () => {
    const file = calendarFile(assessment, words, new Date());
    const fileName = calendarFileName(assessment.meta, t("calendarFile.fileWord"));
    downloadBlob(fileName, new Blob([file.text], { type: "text/calendar;charset=utf-8" }));
    announce(t("calendarFile.downloaded", { fileName }));
  };
  return (
    <div className="clock-calendar-file">
      <button type="button" className="button button-secondary" aria-describedby={hintId} onClick={download}>
        {t("calendarFile.download")}
      </button>
      <p id={hintId} className="clock-calendar-file-hint">
        {t("calendarFile.hint")}{" "}
        {leftOut === 0 ? t("calendarFile.noneLeftOut") : t("calendarFile.leftOut", { count: leftOut })}
      </p>
    </div>
  );
}
