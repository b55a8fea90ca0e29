import type { i18n as I18n } from "i18next";
import type { jsPDF } from "jspdf";
import type { Quartiles } from "../../../domain/regional";
import type { RegionalMemberName, RegionalReport, RegionalWeakItem } from "../../../domain/regional-report";
import { MATURITY_BANDS, type ScoreSummary } from "../../../domain/scoring";
import { formatDate, formatLevel, formatScore } from "../../../ui/format";
import type { ReportT } from "../report-labels";
import { reportDocument } from "./document";
import type { ReportFonts } from "./fonts";
import { CONTENT_WIDTH, MARGIN, PAGE, PdfLayout, STYLE } from "./layout";
import { type Column, table, tablesSideBySide } from "./table";

/**
 * The table lists at most this many members (half in each of two columns) so the summary stays one page;
 * a larger workshop is named in full on its own screen and in its CSV, and the PDF says how many more.
 */
export const REGIONAL_ROWS_SHOWN = 30;
/** Names of who has an item in place, per level; the rest are counted. */
const NAMES_SHOWN = 4;

function score(summary: ScoreSummary, report: RegionalReport): string {
  if (summary.score === null) return "–";
  const shown = formatScore(summary.score, report.language);
  return summary.isProvisional ? `${shown}*` : shown;
}

/** "Aura", "Aura 2025" when the years differ, "Aura (yhd.)" for an association's answers. */
function memberLabel(member: RegionalMemberName, t: ReportT, hasManyYears: boolean): string {
  const name = member.name || t("pdf.cover.noMunicipality");
  const withYear = hasManyYears ? `${name} ${member.year}` : name;
  return member.role === "municipality"
    ? withYear
    : t("pdf.regional.withRole", { name: withYear, role: t(`pdf.regional.role.${member.role}`) });
}

const hasManyYears = (report: RegionalReport) => new Set(report.rows.map((row) => row.year)).size > 1;

function memberTables(layout: PdfLayout, report: RegionalReport, t: ReportT): void {
  layout.heading(t("pdf.regional.tableHeading", { count: report.memberCount }), 2);
  const themeNames = report.themes.map((theme, i) => `${i + 1} = ${theme.title}`).join(", ");
  layout.paragraph(t("pdf.regional.tableLegend", { themes: themeNames }), STYLE.tinyMuted, {
    after: 1.5,
    keepWithNext: true,
  });
  const themeShare = 0.13;
  const columns: Column[] = [
    { header: t("pdf.regional.member"), share: 1 - themeShare * (report.themes.length + 1) },
    { header: t("pdf.regional.overall"), share: themeShare, align: "right" },
    ...report.themes.map((_, i) => ({ header: String(i + 1), share: themeShare, align: "right" as const })),
  ];
  const manyYears = hasManyYears(report);
  const rows = report.rows
    .slice(0, REGIONAL_ROWS_SHOWN)
    .map((row) => [
      memberLabel(row, t, manyYears),
      score(row.overall, report),
      ...row.themes.map((theme) => score(theme, report)),
    ]);
  const half = Math.ceil(rows.length / 2);
  if (rows.length < 8) table(layout, { columns, rows, compact: true });
  else
    tablesSideBySide(
      layout,
      { columns, rows: rows.slice(0, half), compact: true },
      { columns, rows: rows.slice(half), compact: true },
    );
  const more = report.rows.length - rows.length;
  if (more > 0) {
    layout.paragraph(t("pdf.regional.moreRows", { shown: rows.length, count: more }), STYLE.smallMuted);
  }
}

function quartileCells(q: Quartiles | null, report: RegionalReport, t: ReportT): string[] {
  if (q === null) return [t("pdf.regional.hidden"), "–", "–"];
  const f = (value: number) => formatScore(value, report.language);
  return [f(q.median), `${f(q.q1)}–${f(q.q3)}`, `${f(q.min)}–${f(q.max)}`];
}

function distributionTable(layout: PdfLayout, report: RegionalReport, t: ReportT): void {
  layout.heading(t("pdf.regional.distributionHeading"), 2);
  const bandShare = 0.48 / MATURITY_BANDS.length;
  table(layout, {
    compact: true,
    columns: [
      { header: t("pdf.table.theme"), share: 0.17 },
      { header: t("pdf.regional.n"), share: 0.05, align: "right" },
      { header: t("pdf.regional.median"), share: 0.09, align: "right" },
      { header: t("pdf.regional.quartiles"), share: 0.1, align: "right" },
      { header: t("pdf.regional.range"), share: 0.11, align: "right" },
      ...MATURITY_BANDS.map((band) => ({
        header: t(`common:band.${band}`),
        share: bandShare,
        align: "right" as const,
      })),
    ],
    rows: report.themes.map(({ title, distribution }, i) => [
      `${i + 1}. ${title}`,
      String(distribution.n),
      ...quartileCells(distribution.quartiles, report, t),
      ...MATURITY_BANDS.map((band) => (distribution.isShown ? String(distribution.bands[band]) : "–")),
    ]),
    total: [
      t("pdf.table.overallRow"),
      String(report.overall?.n ?? report.rows.filter((row) => row.overall.score !== null).length),
      ...quartileCells(report.overall, report, t),
      ...MATURITY_BANDS.map(() => ""),
    ],
  });
}

function names(list: readonly RegionalMemberName[], report: RegionalReport, t: ReportT): string {
  if (list.length === 0) return t("pdf.regional.nobody");
  const manyYears = hasManyYears(report);
  const shown = list
    .slice(0, NAMES_SHOWN)
    .map((member) => memberLabel(member, t, manyYears))
    .join(", ");
  const more = list.length - NAMES_SHOWN;
  return more > 0 ? t("pdf.regional.moreNames", { names: shown, count: more }) : shown;
}

function weakRow(item: RegionalWeakItem, report: RegionalReport, t: ReportT): string[] {
  const median = item.distribution.quartiles?.median ?? 0;
  return [
    item.number,
    item.text,
    t("pdf.regional.medianLevel", {
      median: formatLevel(median, report.language),
      n: item.distribution.n,
    }),
    names(item.full, report, t),
    names(item.mostly, report, t),
  ];
}

function weakestTable(layout: PdfLayout, report: RegionalReport, t: ReportT): void {
  layout.heading(t("pdf.regional.weakestHeading"), 2);
  if (report.weakest.length === 0) {
    layout.paragraph(t("pdf.regional.noWeakest"), STYLE.small);
    return;
  }
  layout.paragraph(t("pdf.regional.weakestIntro"), STYLE.tinyMuted, { after: 1.5, keepWithNext: true });
  table(layout, {
    compact: true,
    columns: [
      { header: t("pdf.table.number"), share: 0.05 },
      { header: t("pdf.table.item"), share: 0.33 },
      { header: t("pdf.regional.median"), share: 0.1 },
      { header: t("common:answer.level3"), share: 0.26 },
      { header: t("common:answer.level2"), share: 0.26 },
    ],
    rows: report.weakest.map((item) => weakRow(item, report, t)),
  });
}

function footer(layout: PdfLayout, report: RegionalReport, t: ReportT): void {
  const { doc } = layout;
  const y = PAGE.height - MARGIN.bottom + 6;
  doc.setDrawColor(150);
  doc.setLineWidth(0.2);
  doc.line(MARGIN.left, y - 2, MARGIN.left + CONTENT_WIDTH, y - 2);
  const text = t("pdf.regional.footer", {
    checklist: report.checklist.title,
    version: report.checklist.version,
    date: formatDate(report.generatedOn, report.language),
  });
  layout.drawLines(layout.wrap(text, CONTENT_WIDTH, STYLE.tinyMuted), MARGIN.left, y, STYLE.tinyMuted);
}

/** The workshop on one A4 page: who scored what, the region's distributions and whom to call for weak items. */
export function renderRegionalSummary(report: RegionalReport, i18n: I18n, fonts: ReportFonts): jsPDF {
  const t: ReportT = i18n.getFixedT(report.language, ["report", "common"]);
  const title = t("pdf.regional.title", { name: report.name });
  const doc = reportDocument(
    {
      language: report.language,
      title,
      subject: t("pdf.regional.subject", { checklist: report.checklist.title }),
      keywords: t("pdf.keywords"),
    },
    fonts,
  );
  const layout = new PdfLayout(doc);
  layout.heading(title, 1);
  const facts = [t("pdf.regional.facts", { count: report.memberCount, checklist: report.checklist.title })];
  if (!report.isShown) facts.push(t("pdf.regional.tooFew"));
  if (report.notComparableCount > 0)
    facts.push(t("pdf.regional.notComparable", { count: report.notComparableCount }));
  layout.paragraph(facts.join(" "), STYLE.small);
  memberTables(layout, report, t);
  distributionTable(layout, report, t);
  weakestTable(layout, report, t);
  footer(layout, report, t);
  return doc;
}
