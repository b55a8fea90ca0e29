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
import { type Blocks, type CellLine, heading, paragraph, table } from "./blocks";

/** The item's text with the reason for "not applicable" and the note below it, muted. */
function itemCell(item: ReportItem, t: ReportT): CellLine[] {
  const lines: CellLine[] = [{ text: item.text }];
  if (item.answer?.kind === "notApplicable") {
    lines.push({ text: t("pdf.items.reason", { text: item.answer.reason }), isMuted: true });
  }
  if (item.note) lines.push({ text: t("pdf.items.note", { text: item.note }), isMuted: true });
  return lines;
}

/** Every theme's items with their answers and targets, one table per theme. */
export function items(report: Report, t: ReportT, numbers: ItemNumbers): Blocks {
  const { language } = report;
  return [
    heading(t("pdf.items.title"), 1),
    paragraph(t("pdf.items.intro")),
    paragraph(t(report.includesNotes ? "pdf.items.notesIncluded" : "pdf.items.notesLeftOut")),
    ...report.themes.flatMap((theme, index) => {
      const { current, target } = theme.score;
      return [
        heading(t("pdf.items.themeHeading", { number: index + 1, theme: theme.title }), 2),
        paragraph(
          t("pdf.items.themeFigures", {
            now: scoreLabel(t, current, language),
            target: report.hasTargets ? scoreLabel(t, target, language) : "–",
            band: bandLabel(t, current.band),
            coverage: coverageLabel(t, current, language),
          }),
          { isMuted: true },
        ),
        table({
          columns: [
            { header: t("pdf.table.number"), share: 0.07 },
            { header: t("pdf.table.item"), share: 0.49 },
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
        }),
      ];
    }),
  ];
}
