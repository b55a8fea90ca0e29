import type { Report, ReportPerceptionItem, ReportPerceptions } from "../../../domain/report";
import { formatDifference, formatScore } from "../../../ui/format";
import { medianLabel, perceptionCellLabel, type ReportT } from "../report-labels";
import { type PdfLayout, STYLE } from "./layout";
import { type CellPart, table } from "./table";

function othersCell(item: ReportPerceptionItem, t: ReportT, language: Report["language"]): CellPart[] {
  const { others } = item;
  if (others.median === null) return [{ text: t("pdf.perceptions.noLevels") }];
  return [
    { text: medianLabel(t, others.median, language) },
    {
      text: t("pdf.perceptions.spread", { min: others.min ?? 0, max: others.max ?? 0, n: others.n }),
      style: STYLE.smallMuted,
    },
  ];
}

function themeTable(layout: PdfLayout, perceptions: ReportPerceptions, report: Report, t: ReportT): void {
  const score = (value: number | null) => (value === null ? "–" : formatScore(value, report.language));
  layout.heading(t("pdf.perceptions.themesHeading"), 2);
  table(layout, {
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
  });
}

function itemTable(layout: PdfLayout, perceptions: ReportPerceptions, report: Report, t: ReportT): void {
  const { language } = report;
  layout.heading(t("pdf.perceptions.itemsHeading"), 2);
  table(layout, {
    columns: [
      { header: t("pdf.table.number"), share: 0.06 },
      { header: t("pdf.table.item"), share: 0.33 },
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
      [
        {
          text: t("pdf.perceptions.counts", {
            dontKnow: item.others.dontKnow,
            notApplicable: item.others.notApplicable,
            unanswered: item.others.unanswered,
          }),
          style: STYLE.small,
        },
      ],
      item.gap === null
        ? "–"
        : [
            {
              text: t("pdf.perceptions.levels", {
                value: formatDifference(item.gap, language),
                count: Math.abs(item.gap),
              }),
            },
            // A word, not a colour: the report prints in black and white.
            ...(item.isFlagged ? [{ text: t("pdf.perceptions.flagged"), style: STYLE.smallBold }] : []),
          ],
    ]),
  });
}

/** The associations' view beside the municipality's: material for the cooperation meeting (seed 003). */
export function perceptions(layout: PdfLayout, report: Report, t: ReportT): void {
  const { perceptions } = report;
  if (!perceptions) return;
  layout.section(t("pdf.perceptions.title"));
  layout.paragraph(t("pdf.perceptions.intro", { count: perceptions.respondents }));
  layout.paragraph(t("pdf.perceptions.howToRead"));
  layout.paragraph(t("pdf.perceptions.flaggedCount", { count: perceptions.flaggedCount }));
  if (perceptions.notComparableCount > 0) {
    layout.paragraph(
      t("pdf.perceptions.notComparable", { count: perceptions.notComparableCount }),
      STYLE.muted,
    );
  }
  themeTable(layout, perceptions, report, t);
  itemTable(layout, perceptions, report, t);
}
