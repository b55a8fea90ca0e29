import type { Report, ReportSuggestion } from "../../../domain/report";
import {
  type ItemNumbers,
  levelLabel,
  noSuggestions,
  type ReportT,
  suggestionTargetLabel,
} from "../report-labels";
import { type Blocks, heading, paragraph, table } from "./blocks";

function topTable(report: Report, t: ReportT, numbers: ItemNumbers): Blocks {
  return [
    heading(t("pdf.suggestions.topHeading"), 2),
    table({
      columns: [
        { header: t("pdf.suggestions.rank"), share: 0.08 },
        { header: t("pdf.table.item"), share: 0.54 },
        { header: t("pdf.suggestions.nowTarget"), share: 0.25 },
        { header: t("pdf.suggestions.priority"), share: 0.13, align: "right" },
      ],
      rows: report.suggestions.top.map((suggestion, index) => [
        String(index + 1),
        [
          { text: `${numbers.get(suggestion.itemId) ?? ""} ${suggestion.itemText}` },
          { text: t("pdf.suggestions.themeLine", { theme: suggestion.themeTitle }), isMuted: true },
        ],
        `${levelLabel(t, suggestion.current)} → ${suggestionTargetLabel(suggestion, t)}`,
        String(suggestion.priority),
      ]),
    }),
  ];
}

/** One suggestion: the item in bold, its figures, the suggestion and practices elsewhere. */
function suggestionBlocks(suggestion: ReportSuggestion, number: string, t: ReportT): Blocks {
  const figures = t("pdf.suggestions.figures", {
    now: levelLabel(t, suggestion.current),
    target: suggestionTargetLabel(suggestion, t),
    weight: suggestion.weight,
    priority: suggestion.priority,
  });
  const blocks: Blocks = [
    paragraph(`${number} ${suggestion.itemText}`, { isBold: true }),
    paragraph(figures, { isMuted: true }),
  ];
  if (suggestion.phase !== "ongoing") {
    const phase = t(`common:plan.phase.${suggestion.phase}`);
    blocks.push(paragraph(t("pdf.suggestions.phase", { phase }), { isMuted: true }));
  }
  blocks.push(paragraph(suggestion.text));
  if (suggestion.practices.length > 0) {
    const list = suggestion.practices.map((practice) => t("pdf.suggestions.practice", practice)).join("; ");
    blocks.push(paragraph(t("pdf.suggestions.practices", { list })));
  }
  return blocks;
}

function byTheme(report: Report, t: ReportT, numbers: ItemNumbers): Blocks {
  return [
    heading(t("pdf.suggestions.byThemeHeading"), 2),
    ...report.suggestions.byTheme.flatMap((group) => [
      heading(group.title, 3),
      ...group.suggestions.flatMap((suggestion) =>
        suggestionBlocks(suggestion, numbers.get(suggestion.itemId) ?? "", t),
      ),
    ]),
  ];
}

function byPhase(report: Report, t: ReportT, numbers: ItemNumbers): Blocks {
  if (report.suggestions.byPhase.length === 0) return [];
  return [
    heading(t("pdf.suggestions.byPhaseHeading"), 2),
    paragraph(t("pdf.suggestions.byPhaseIntro")),
    ...report.suggestions.byPhase.flatMap((group) => [
      heading(t(`common:plan.phase.${group.phase}`), 3),
      table({
        columns: [
          { header: t("pdf.table.number"), share: 0.08 },
          { header: t("pdf.table.item"), share: 0.77 },
          { header: t("pdf.suggestions.priority"), share: 0.15, align: "right" },
        ],
        rows: group.suggestions.map((suggestion) => [
          numbers.get(suggestion.itemId) ?? "",
          suggestion.itemText,
          String(suggestion.priority),
        ]),
      }),
    ]),
  ];
}

/** Prioritised suggestions: the top ones, all of them by theme, and by phase of the cooperation process. */
export function suggestions(report: Report, t: ReportT, numbers: ItemNumbers): Blocks {
  const { current } = report.overall;
  const unranked = current.applicable - current.scored;
  const blocks: Blocks = [heading(t("pdf.suggestions.title"), 1), paragraph(t("pdf.suggestions.intro"))];
  if (unranked > 0)
    blocks.push(paragraph(t("pdf.suggestions.unranked", { count: unranked }), { isMuted: true }));
  if (report.suggestions.top.length === 0) return [...blocks, paragraph(noSuggestions(report, t))];
  return [
    ...blocks,
    ...topTable(report, t, numbers),
    ...byTheme(report, t, numbers),
    ...byPhase(report, t, numbers),
  ];
}
