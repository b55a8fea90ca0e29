import { type Assessment, answerFor } from "./assessment";
import type { Language } from "./localized";
import {
  assessedMunicipalityName,
  municipalityByCode,
  municipalityName,
  regionOf,
  wellbeingCountyOf,
} from "./municipalities";
import type { PerceptionGaps } from "./perception-gap";
import { type Alignment, basisItems, cellFor, levelOf, memberRows, type Quartiles } from "./regional";
import type { ScoreSummary } from "./scoring";

/**
 * A cell: text, a number, or empty (null). Numbers are written from numbers and never escaped (a number cannot
 * form a formula); text is always treated as text, so a name or note that looks like a formula stays inert.
 */
export type CsvValue = string | number | null;

const BOM = "\uFEFF";
const CRLF = "\r\n";
/** What Excel and its kin would run as a formula, or a DDE call, at the start of a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

function textCell(text: string): string {
  // The apostrophe is how Excel itself marks "this is text"; OWASP's advice for CSV injection.
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

function cell(value: CsvValue, decimalComma: boolean): string {
  if (typeof value === "string") return textCell(value);
  // A missing number, and one that is no number at all, are both an empty cell.
  if (value === null || !Number.isFinite(value)) return "";
  const text = String(value);
  return decimalComma ? text.replace(".", ",") : text;
}

/**
 * What Excel opens right with Finnish settings: a UTF-8 byte-order mark, ";" between cells, CRLF after every
 * row, and a decimal comma when `decimalComma`. Text starting with = + - @ tab or CR gets a leading "'"; a cell
 * with ; " CR or LF is quoted, "" standing for ". No `sep=` line: it makes Excel ignore the byte-order mark.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: { decimalComma: boolean },
): string {
  const lines = [header, ...rows].map((row) =>
    row.map((value) => cell(value, options.decimalComma)).join(";"),
  );
  return BOM + lines.map((line) => line + CRLF).join("");
}

/** Rounded as the score tool prints them, so a CSV and the JSON lines agree to the digit. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function rounded(value: number | null | undefined, decimals: number): number | null {
  return value == null ? null : roundTo(value, decimals);
}

/** Decimal comma in Finnish and Swedish, point in English. */
function hasDecimalComma(language: Language): boolean {
  return language !== "en";
}

export interface CsvOptions {
  language: Language;
  withNotes: boolean;
}

/**
 * Column ids are stable English snake_case in every language, so an R script or a pivot table keeps working
 * whoever exported the file; the values (municipality, region and county names) follow the language.
 */
const IDENTITY_COLUMNS = [
  "municipality_code",
  "municipality",
  "region_code",
  "region",
  "wellbeing_county_code",
  "wellbeing_county",
  "year",
  "role",
  "checklist_id",
  "checklist_version",
] as const;

/** An official municipality by its code, named in the language (Swedish names in sv); else the name as typed. */
function identityCells(assessment: Assessment, language: Language): CsvValue[] {
  const { meta, checklist } = assessment;
  const municipality = municipalityByCode(meta.municipalityCode);
  const region = municipality && regionOf(municipality);
  const county = municipality && wellbeingCountyOf(municipality);
  return [
    meta.municipalityCode ?? null,
    assessedMunicipalityName(meta, language),
    region?.code ?? null,
    region ? municipalityName(region, language) : null,
    county?.code ?? null,
    county ? municipalityName(county, language) : null,
    meta.year,
    meta.respondentRole,
    checklist.id,
    checklist.version,
  ];
}

/**
 * "1.2" as two whole numbers, theme 1 and item 2: Excel with Finnish settings would read the text "1.2" as the
 * date 1 February.
 */
const NUMBER_COLUMNS = ["theme_number", "item_number"] as const;

function numberCells(numbers: ReadonlyMap<string, string>, itemId: string): CsvValue[] {
  const parts = numbers.get(itemId)?.split(".").map(Number) ?? [];
  return [parts[0] ?? null, parts[1] ?? null];
}

function noteOf(assessment: Assessment, itemId: string): string | null {
  return answerFor(assessment.answers, itemId)?.note ?? null;
}

/**
 * One row per assessment × basis item:
 * municipality_code;municipality;region_code;region;wellbeing_county_code;wellbeing_county;year;role;checklist_id;
 * checklist_version;theme_id;item_id;theme_number;item_number;answer;level[;note]
 * `answer` is level|dontKnow|notApplicable|unanswered; the numbers are the questionnaire's (Alignment.numbers),
 * as the regional view shows them; checklist_id and checklist_version are the version the assessment answered.
 */
export function longCsv(alignment: Alignment, members: readonly Assessment[], options: CsvOptions): string {
  const items = basisItems(alignment);
  const header = [
    ...IDENTITY_COLUMNS,
    "theme_id",
    "item_id",
    ...NUMBER_COLUMNS,
    "answer",
    "level",
    ...(options.withNotes ? ["note"] : []),
  ];
  const rows = members.flatMap((member) => {
    const identity = identityCells(member, options.language);
    return items.map(({ itemId, themeId }) => [
      ...identity,
      themeId,
      itemId,
      ...numberCells(alignment.numbers, itemId),
      cellFor(member, itemId).kind,
      levelOf(cellFor(member, itemId)),
      ...(options.withNotes ? [noteOf(member, itemId)] : []),
    ]);
  });
  return toCsv(header, rows, { decimalComma: hasDecimalComma(options.language) });
}

function summaryCells(summary: ScoreSummary): CsvValue[] {
  // provisional as 1/0: a number sums in a pivot table and reads the same in every language.
  return [
    rounded(summary.score, 1),
    rounded(summary.coverage, 3),
    summary.band,
    summary.isProvisional ? 1 : 0,
  ];
}

/**
 * One row per assessment, for pivot tables: the identifying columns; overall_score (0–100, one decimal),
 * coverage (0–1), band and provisional (1/0); `<theme id>_score` per theme; each item's level under its item id
 * (empty unless a level: the long layout tells don't know and not applicable apart); with notes,
 * `<item id>_note` per item at the end.
 */
export function wideCsv(alignment: Alignment, members: readonly Assessment[], options: CsvOptions): string {
  const items = basisItems(alignment);
  const header = [
    ...IDENTITY_COLUMNS,
    "overall_score",
    "coverage",
    "band",
    "provisional",
    ...alignment.basis.themes.map((theme) => `${theme.id}_score`),
    ...items.map(({ itemId }) => itemId),
    ...(options.withNotes ? items.map(({ itemId }) => `${itemId}_note`) : []),
  ];
  const rows = memberRows(alignment, members).map(({ assessment, score }) => [
    ...identityCells(assessment, options.language),
    ...summaryCells(score.overall),
    ...score.themes.map((theme) => rounded(theme.score, 1)),
    ...items.map(({ itemId }) => levelOf(cellFor(assessment, itemId))),
    ...(options.withNotes ? items.map(({ itemId }) => noteOf(assessment, itemId)) : []),
  ]);
  return toCsv(header, rows, { decimalComma: hasDecimalComma(options.language) });
}

const GAP_COLUMNS = [
  "scope",
  "theme_id",
  "item_id",
  ...NUMBER_COLUMNS,
  "own_answer",
  "own",
  "others_n",
  "others_min",
  "others_q1",
  "others_median",
  "others_q3",
  "others_max",
  "others_dont_know",
  "others_not_applicable",
  "others_unanswered",
  "gap",
  "flagged",
] as const;

function spreadCells(q: Quartiles | null): CsvValue[] {
  return [q?.n ?? 0, ...[q?.min, q?.q1, q?.median, q?.q3, q?.max].map((value) => rounded(value, 1))];
}

/**
 * The perception gaps: a `scope` "theme" row per theme (own and the others' quartiles as 0–100 scores), then a
 * "item" row per item in the gaps' order (own as a level 0–3, the others' median and range; flagged 1/0).
 */
export function gapCsv(gaps: PerceptionGaps, options: { language: Language }): string {
  const themeRows = gaps.themes.map((theme): CsvValue[] => [
    "theme",
    theme.themeId,
    null,
    null,
    null,
    null,
    rounded(theme.own, 1),
    ...spreadCells(theme.others),
    null,
    null,
    null,
    rounded(theme.gap, 1),
    null,
  ]);
  const itemRows = gaps.items.map(({ itemId, themeId, own, others, gap, isFlagged }): CsvValue[] => [
    "item",
    themeId,
    itemId,
    ...numberCells(gaps.alignment.numbers, itemId),
    own.kind,
    levelOf(own),
    others.n,
    others.min,
    null,
    others.median,
    null,
    others.max,
    others.dontKnow,
    others.notApplicable,
    others.unanswered,
    gap,
    isFlagged ? 1 : 0,
  ]);
  return toCsv(GAP_COLUMNS, [...themeRows, ...itemRows], { decimalComma: hasDecimalComma(options.language) });
}
