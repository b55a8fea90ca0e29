import type { ItemChangeKind } from "../../../domain/history";
import type { Report, ReportChange, ReportScoreChange } from "../../../domain/report";
import { formatDifference } from "../../../ui/format";
import { answerLabel, type ItemNumbers, type ReportT, scoreLabel } from "../report-labels";
import { type Blocks, type Cell, heading, paragraph, table } from "./blocks";

/** The kinds listed item by item; unchanged items are only counted, as in the PDF. */
const LISTED = ["rose", "fell", "unknown", "notApplicable"] as const satisfies readonly ItemChangeKind[];

function scoreRows(report: Report, t: ReportT) {
  const notComparable = t("pdf.change.notComparable");
  const cell = (summary: ReportScoreChange["from"]) =>
    summary === null ? notComparable : scoreLabel(t, summary, report.language);
  return (title: string, scores: ReportScoreChange) => [
    title,
    cell(scores.from),
    cell(scores.to),
    scores.difference === null ? notComparable : formatDifference(scores.difference, report.language),
  ];
}

function itemRows(report: Report, change: ReportChange, t: ReportT, numbers: ItemNumbers): Cell[][] {
  return LISTED.flatMap((kind) =>
    change.items
      .filter((item) => item.change === kind)
      .map((item) => [
        numbers.get(item.itemId) ?? "",
        item.itemText,
        answerLabel(t, item.from),
        answerLabel(t, item.to),
        [
          { text: t(`pdf.change.kinds.${kind}`), isBold: true },
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
      ]),
  );
}

/** "Change since <year>": both years' scores, then what rose, fell, is unknown or not applicable. */
export function change(report: Report, t: ReportT, numbers: ItemNumbers): Blocks {
  const { change } = report;
  if (!change) return [];
  const row = scoreRows(report, t);
  const rows = itemRows(report, change, t, numbers);
  const years = [String(change.fromYear), String(change.toYear)];
  return [
    heading(t("pdf.change.title", { year: change.fromYear }), 1),
    paragraph(t("pdf.change.intro", { fromYear: change.fromYear, toYear: change.toYear })),
    ...(change.leftOutCount > 0
      ? [paragraph(t("pdf.change.leftOut", { count: change.leftOutCount }), { isMuted: true })]
      : []),
    heading(t("pdf.change.scoresHeading"), 2),
    table({
      columns: [
        { header: t("pdf.table.theme"), share: 0.4 },
        ...years.map((year) => ({ header: year, share: 0.22, align: "right" as const })),
        { header: t("pdf.change.change"), share: 0.16, align: "right" },
      ],
      rows: change.themes.map((theme) => row(theme.title, theme)),
      total: row(t("pdf.table.overallRow"), change.overall),
    }),
    heading(t("pdf.change.itemsHeading"), 2),
    paragraph(t("pdf.change.summary", change.counts)),
    paragraph(t("pdf.change.unknownNote"), { isMuted: true }),
    ...(rows.length === 0
      ? []
      : [
          table({
            columns: [
              { header: t("pdf.table.number"), share: 0.07 },
              { header: t("pdf.table.item"), share: 0.45 },
              ...years.map((year) => ({ header: year, share: 0.16 })),
              { header: t("pdf.change.change"), share: 0.16 },
            ],
            rows,
          }),
        ]),
  ];
}
