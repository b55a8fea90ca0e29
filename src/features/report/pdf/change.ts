import type { ItemChangeKind } from "../../../domain/history";
import type { Report, ReportChange, ReportItemChange, ReportScoreChange } from "../../../domain/report";
import { formatDifference } from "../../../ui/format";
import { answerLabel, type ItemNumbers, type ReportT, scoreLabel } from "../report-labels";
import { type PdfLayout, STYLE } from "./layout";
import { table } from "./table";

/** The kinds listed item by item; unchanged items are only counted. */
const LISTED = ["rose", "fell", "unknown", "notApplicable"] as const satisfies readonly ItemChangeKind[];

function scoreTable(layout: PdfLayout, report: Report, change: ReportChange, t: ReportT): void {
  const { language } = report;
  const cell = (summary: ReportScoreChange["from"]) =>
    summary === null ? t("pdf.change.notComparable") : scoreLabel(t, summary, language);
  const row = (title: string, scores: ReportScoreChange) => [
    title,
    cell(scores.from),
    cell(scores.to),
    scores.difference === null
      ? t("pdf.change.notComparable")
      : formatDifference(scores.difference, language),
  ];
  layout.heading(t("pdf.change.scoresHeading"), 2);
  table(layout, {
    columns: [
      { header: t("pdf.table.theme"), share: 0.4 },
      { header: String(change.fromYear), share: 0.22, align: "right" },
      { header: String(change.toYear), share: 0.22, align: "right" },
      { header: t("pdf.change.change"), share: 0.16, align: "right" },
    ],
    rows: change.themes.map((theme) => row(theme.title, theme)),
    total: row(t("pdf.table.overallRow"), change.overall),
  });
}

function itemTable(
  layout: PdfLayout,
  report: Report,
  change: ReportChange,
  t: ReportT,
  numbers: ItemNumbers,
) {
  const rowOf = (item: ReportItemChange, kind: (typeof LISTED)[number]) => [
    numbers.get(item.itemId) ?? "",
    item.itemText,
    answerLabel(t, item.from),
    answerLabel(t, item.to),
    [
      { text: t(`pdf.change.kinds.${kind}`), style: STYLE.smallBold },
      ...(item.delta === null
        ? []
        : [
            {
              text: t("pdf.change.levels", {
                difference: formatDifference(item.delta, report.language),
                count: Math.abs(item.delta),
              }),
            },
          ]),
    ],
  ];
  // Grouped by kind, each group in checklist order.
  const rows = LISTED.flatMap((kind) =>
    change.items.filter((item) => item.change === kind).map((item) => rowOf(item, kind)),
  );
  if (rows.length === 0) return;
  table(layout, {
    columns: [
      { header: t("pdf.table.number"), share: 0.06 },
      { header: t("pdf.table.item"), share: 0.46 },
      { header: String(change.fromYear), share: 0.16 },
      { header: String(change.toYear), share: 0.16 },
      { header: t("pdf.change.change"), share: 0.16 },
    ],
    rows,
  });
}

/** "Change since <year>": the scores of both years, then what rose, fell, is unknown or not applicable. */
export function change(layout: PdfLayout, report: Report, t: ReportT, numbers: ItemNumbers): void {
  const { change } = report;
  if (!change) return;
  layout.section(t("pdf.change.title", { year: change.fromYear }));
  layout.paragraph(t("pdf.change.intro", { fromYear: change.fromYear, toYear: change.toYear }));
  if (change.leftOutCount > 0) {
    layout.paragraph(t("pdf.change.leftOut", { count: change.leftOutCount }), STYLE.muted);
  }
  scoreTable(layout, report, change, t);
  layout.heading(t("pdf.change.itemsHeading"), 2);
  layout.paragraph(t("pdf.change.summary", change.counts));
  layout.paragraph(t("pdf.change.unknownNote"), STYLE.muted);
  itemTable(layout, report, change, t, numbers);
}
