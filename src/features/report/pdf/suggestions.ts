import type { Report, ReportSuggestion } from "../../../domain/report";
import {
  type ItemNumbers,
  levelLabel,
  noSuggestions,
  type ReportT,
  suggestionTargetLabel,
} from "../report-labels";
import { type BlockPart, type PdfLayout, STYLE } from "./layout";
import { table } from "./table";

function topTable(layout: PdfLayout, report: Report, numbers: ItemNumbers, t: ReportT): void {
  layout.heading(t("pdf.suggestions.topHeading"), 2);
  table(layout, {
    columns: [
      { header: t("pdf.suggestions.rank"), share: 0.07 },
      { header: t("pdf.table.item"), share: 0.55 },
      { header: t("pdf.suggestions.nowTarget"), share: 0.25 },
      { header: t("pdf.suggestions.priority"), share: 0.13, align: "right" },
    ],
    rows: report.suggestions.top.map((suggestion, index) => [
      String(index + 1),
      [
        { text: `${numbers.get(suggestion.itemId) ?? ""} ${suggestion.itemText}` },
        { text: t("pdf.suggestions.themeLine", { theme: suggestion.themeTitle }), style: STYLE.smallMuted },
      ],
      `${levelLabel(t, suggestion.current)} → ${suggestionTargetLabel(suggestion, t)}`,
      String(suggestion.priority),
    ]),
  });
}

/** One suggestion, kept together on a page: the item, the figures, the suggestion and practices elsewhere. */
function suggestionParts(suggestion: ReportSuggestion, number: string, t: ReportT): BlockPart[] {
  const parts: BlockPart[] = [
    { text: `${number} ${suggestion.itemText}`, style: STYLE.bold },
    {
      text: t("pdf.suggestions.figures", {
        now: levelLabel(t, suggestion.current),
        target: suggestionTargetLabel(suggestion, t),
        weight: suggestion.weight,
        priority: suggestion.priority,
      }),
      style: STYLE.smallMuted,
      before: 0.6,
    },
  ];
  if (suggestion.phase !== "ongoing") {
    parts.push({
      text: t("pdf.suggestions.phase", { phase: t(`common:plan.phase.${suggestion.phase}`) }),
      style: STYLE.smallMuted,
    });
  }
  parts.push({ text: suggestion.text, before: 1 });
  if (suggestion.practices.length > 0) {
    const list = suggestion.practices.map((practice) => t("pdf.suggestions.practice", practice)).join("; ");
    parts.push({ text: t("pdf.suggestions.practices", { list }), style: STYLE.small, before: 0.8 });
  }
  return parts;
}

function byTheme(layout: PdfLayout, report: Report, numbers: ItemNumbers, t: ReportT): void {
  layout.heading(t("pdf.suggestions.byThemeHeading"), 2);
  for (const group of report.suggestions.byTheme) {
    layout.heading(group.title, 3);
    for (const suggestion of group.suggestions) {
      layout.block(suggestionParts(suggestion, numbers.get(suggestion.itemId) ?? "", t), { after: 4 });
    }
  }
}

function byPhase(layout: PdfLayout, report: Report, numbers: ItemNumbers, t: ReportT): void {
  if (report.suggestions.byPhase.length === 0) return;
  layout.heading(t("pdf.suggestions.byPhaseHeading"), 2);
  layout.paragraph(t("pdf.suggestions.byPhaseIntro"));
  for (const group of report.suggestions.byPhase) {
    layout.heading(t(`common:plan.phase.${group.phase}`), 3);
    table(layout, {
      columns: [
        { header: t("pdf.table.number"), share: 0.07 },
        { header: t("pdf.table.item"), share: 0.78 },
        { header: t("pdf.suggestions.priority"), share: 0.15, align: "right" },
      ],
      rows: group.suggestions.map((suggestion) => [
        numbers.get(suggestion.itemId) ?? "",
        suggestion.itemText,
        String(suggestion.priority),
      ]),
    });
  }
}

/** Prioritised suggestions: the top ones, all of them by theme, and by phase of the cooperation process. */
export function suggestions(layout: PdfLayout, report: Report, t: ReportT, numbers: ItemNumbers): void {
  const { current } = report.overall;
  layout.section(t("pdf.suggestions.title"));
  layout.paragraph(t("pdf.suggestions.intro"));
  const unranked = current.applicable - current.scored;
  if (unranked > 0) layout.paragraph(t("pdf.suggestions.unranked", { count: unranked }), STYLE.muted);
  if (report.suggestions.top.length === 0) {
    layout.paragraph(noSuggestions(report, t));
    return;
  }
  topTable(layout, report, numbers, t);
  byTheme(layout, report, numbers, t);
  byPhase(layout, report, numbers, t);
}
