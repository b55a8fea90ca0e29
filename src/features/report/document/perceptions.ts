import type { Report, ReportPerceptionItem, ReportPerceptions } from "../../../domain/report";
import { formatDifference, formatScore } from "../../../ui/format";
import { medianLabel, perceptionCellLabel, type ReportT } from "../report-labels";
import { type Blocks, type CellLine, heading, paragraph, table } from "./blocks";

function othersCell(item: ReportPerceptionItem, t: ReportT, language: Report["language"]): CellLine[] {
  const { others } = item;
  if (others.median === null) return [{ text: t("pdf.perceptions.noLevels") }];
  return [
    { text: medianLabel(t, others.median, language) },
    {
      text: t("pdf.perceptions.spread", { min: others.min ?? 0, max: others.max ?? 0, n: others.n }),
      isMuted: true,
    },
  ];
}

function gapCell(item: ReportPerceptionItem, t: ReportT, language: Report["language"]): CellLine[] | string {
  if (item.gap === null) return "–";
  const levels = t("pdf.perceptions.levels", {
    value: formatDifference(item.gap, language),
    count: Math.abs(item.gap),
  });
  // A word, not a colour, as in the PDF.
  return [
    { text: levels },
    ...(item.isFlagged ? [{ text: t("pdf.perceptions.flagged"), isBold: true }] : []),
  ];
}

function themeTable(perceptions: ReportPerceptions, report: Report, t: ReportT): Blocks {
  const score = (value: number | null) => (value === null ? "–" : formatScore(value, report.language));
  return [
    heading(t("pdf.perceptions.themesHeading"), 2),
    table({
      columns: [
        { header: t("pdf.table.theme"), share: 0.34 },
        { header: t("pdf.perceptions.municipality"), share: 0.14, align: "right" },
        { header: t("pdf.perceptions.median"), share: 0.16, align: "right" },
        { header: t("pdf.perceptions.quartiles"), share: 0.16, align: "right" },
        { header: t("pdf.perceptions.n"), share: 0.08, align: "right" },
        { header: t("pdf.perceptions.gap"), share: 0.12, align: "right" },
      ],
      rows: perceptions.themes.map((theme) => [
        theme.title,
        score(theme.own),
        score(theme.others?.median ?? null),
        theme.others ? `${score(theme.others.q1)}–${score(theme.others.q3)}` : "–",
        String(theme.others?.n ?? 0),
        theme.gap === null ? "–" : formatDifference(Math.round(theme.gap), report.language),
      ]),
    }),
  ];
}

function itemTable(perceptions: ReportPerceptions, report: Report, t: ReportT): Blocks {
  const { language } = report;
  return [
    heading(t("pdf.perceptions.itemsHeading"), 2),
    table({
      columns: [
        { header: t("pdf.table.number"), share: 0.07 },
        { header: t("pdf.table.item"), share: 0.32 },
        { header: t("pdf.perceptions.municipality"), share: 0.13 },
        { header: t("pdf.perceptions.associations"), share: 0.19 },
        { header: t("pdf.perceptions.notCounted"), share: 0.17 },
        { header: t("pdf.perceptions.gap"), share: 0.12 },
      ],
      rows: perceptions.items.map((item) => [
        item.number,
        item.text,
        perceptionCellLabel(t, item.own),
        othersCell(item, t, language),
        t("pdf.perceptions.counts", {
          dontKnow: item.others.dontKnow,
          notApplicable: item.others.notApplicable,
          unanswered: item.others.unanswered,
        }),
        gapCell(item, t, language),
      ]),
    }),
  ];
}

/** The associations' view beside the municipality's, theme by theme and item by item. */
export function perceptions(report: Report, t: ReportT): Blocks {
  const { perceptions } = report;
  if (!perceptions) return [];
  return [
    heading(t("pdf.perceptions.title"), 1),
    paragraph(t("pdf.perceptions.intro", { count: perceptions.respondents })),
    paragraph(t("pdf.perceptions.howToRead")),
    paragraph(t("pdf.perceptions.flaggedCount", { count: perceptions.flaggedCount })),
    ...(perceptions.notComparableCount > 0
      ? [
          paragraph(t("pdf.perceptions.notComparable", { count: perceptions.notComparableCount }), {
            isMuted: true,
          }),
        ]
      : []),
    ...themeTable(perceptions, report, t),
    ...itemTable(perceptions, report, t),
  ];
}
