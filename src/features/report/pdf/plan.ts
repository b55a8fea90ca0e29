import type { TFunction } from "i18next";
import type { ClockEntry } from "../../../domain/annual-clock";
import type { Report } from "../../../domain/report";
import { calendarEventTitle } from "../../../ui/calendar-event-title";
import { formatDate, formatMonth, formatMonthTitle } from "../../../ui/format";
import { actionPlanIntro, type ItemNumbers, type ReportT } from "../report-labels";
import { type PdfLayout, STYLE } from "./layout";
import { type CellPart, table } from "./table";

/** The action plan: what, who (a role), by when, status and the checklist item it improves. */
export function actionPlan(layout: PdfLayout, report: Report, t: ReportT, numbers: ItemNumbers): void {
  const { actions, language } = report;
  layout.section(t("pdf.plan.title"));
  if (actions.length === 0) {
    layout.paragraph(t("pdf.plan.none"));
    return;
  }
  layout.paragraph(actionPlanIntro(report, t), STYLE.body, { keepWithNext: true });
  table(layout, {
    columns: [
      { header: t("pdf.plan.what"), share: 0.27 },
      { header: t("pdf.plan.responsible"), share: 0.2 },
      { header: t("pdf.plan.due"), share: 0.16 },
      { header: t("pdf.plan.status"), share: 0.12 },
      { header: t("pdf.table.item"), share: 0.25 },
    ],
    rows: actions.map((action) => [
      action.what,
      action.responsible.trim() || t("pdf.plan.noResponsible"),
      action.due ? formatDate(action.due, language) : t("pdf.plan.noDue"),
      t(`common:plan.actionStatus.${action.status}`),
      action.item
        ? [
            {
              text: t("pdf.plan.linkedItem", {
                number: numbers.get(action.item.id) ?? "",
                text: action.item.text,
              }),
              style: STYLE.small,
            },
          ]
        : t("pdf.plan.noItem"),
    ]),
  });
}

function entryParts(entry: ClockEntry, report: Report, t: ReportT, tCommon: TFunction): CellPart[] {
  const { language } = report;
  if (entry.kind === "action") {
    const { action } = entry;
    const text = t("pdf.clock.action", {
      date: formatDate(action.due, language),
      what: action.what,
      status: t(`common:plan.actionStatus.${action.status}`),
    });
    return [{ text }];
  }
  const { event } = entry;
  const title = calendarEventTitle(event, tCommon);
  let text = title;
  if (!entry.isStart) text = t("pdf.clock.continues", { title });
  else if (event.endMonth !== undefined && event.endMonth !== event.month) {
    text = t("pdf.clock.period", {
      title,
      from: formatMonth(event.month, language),
      to: formatMonth(event.endMonth, language),
    });
  }
  const parts: CellPart[] = [{ text, style: entry.isStart ? STYLE.tableBold : STYLE.table }];
  const note = event.note?.trim();
  if (note && entry.isStart) parts.push({ text: note, style: STYLE.smallMuted });
  return parts;
}

/** Twelve months with the recurring events and the actions' due dates. */
export function annualClock(layout: PdfLayout, report: Report, t: ReportT, tCommon: TFunction): void {
  layout.section(t("pdf.clock.title"), { newPage: false });
  layout.paragraph(t("pdf.clock.intro"), STYLE.body, { keepWithNext: true });
  table(layout, {
    columns: [
      { header: t("pdf.clock.month"), share: 0.2 },
      { header: t("pdf.clock.entries"), share: 0.8 },
    ],
    rows: report.annualClock.map(({ month, entries }) => [
      [{ text: formatMonthTitle(month, report.language), style: STYLE.tableBold }],
      entries.length === 0
        ? t("pdf.clock.none")
        : entries.flatMap((entry) => entryParts(entry, report, t, tCommon)),
    ]),
  });
}
