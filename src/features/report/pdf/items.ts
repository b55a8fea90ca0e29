import type { Report, ReportItem } from "../../../domain/report";
import {
  answerLabel,
  bandLabel,
  coverageLabel,
  type ItemNumbers,
  levelLabel,
  type ReportT,
  scoreLabel,
} from "../report-labels";
import { type PdfLayout, STYLE } from "./layout";
import { type Cell, type CellPart, table } from "./table";

/** The item's text with the reason for "not applicable" and the note below it, in smaller grey type. */
function itemCell(item: ReportItem, t: ReportT): Cell {
  const parts: CellPart[] = [{ text: item.text }];
  if (item.answer?.kind === "notApplicable") {
    parts.push({ text: t("pdf.items.reason", { text: item.answer.reason }), style: STYLE.smallMuted });
  }
  if (item.note) parts.push({ text: t("pdf.items.note", { text: item.note }), style: STYLE.smallMuted });
  return parts;
}

/** Every theme's items with their answers and targets, one table per theme. */
export function items(layout: PdfLayout, report: Report, t: ReportT, numbers: ItemNumbers): void {
  const { language } = report;
  layout.section(t("pdf.items.title"));
  layout.paragraph(t("pdf.items.intro"));
  layout.paragraph(t(report.includesNotes ? "pdf.items.notesIncluded" : "pdf.items.notesLeftOut"));
  report.themes.forEach((theme, index) => {
    const { current, target } = theme.score;
    layout.heading(t("pdf.items.themeHeading", { number: index + 1, theme: theme.title }), 2);
    layout.paragraph(
      t("pdf.items.themeFigures", {
        now: scoreLabel(t, current, language),
        target: report.hasTargets ? scoreLabel(t, target, language) : "–",
        band: bandLabel(t, current.band),
        coverage: coverageLabel(t, current, language),
      }),
      STYLE.muted,
      { keepWithNext: true },
    );
    table(layout, {
      columns: [
        { header: t("pdf.table.number"), share: 0.06 },
        { header: t("pdf.table.item"), share: 0.5 },
        { header: t("pdf.items.weight"), share: 0.08, align: "right" },
        { header: t("pdf.table.answer"), share: 0.18 },
        { header: t("pdf.table.target"), share: 0.18 },
      ],
      rows: theme.items.map((item) => [
        numbers.get(item.id) ?? "",
        itemCell(item, t),
        String(item.weight),
        answerLabel(t, item.answer),
        item.target === null ? t("pdf.items.noTarget") : levelLabel(t, item.target),
      ]),
    });
  });
}
