import { type Assessment, newAssessmentId, type RespondentRole } from "./assessment";
import type { Checklist } from "./checklist";
import { normalizeName } from "./normalize-name";
import { emptyPlan } from "./plan";
import { checklistProgress } from "./progress";
import { type MaturityBand, scoreAssessment } from "./scoring";

/** One row of the library: what the user needs to tell stored assessments apart and pick one. */
export interface LibraryRow {
  id: string;
  municipality: string;
  year: number;
  role: RespondentRole;
  checklistVersion: string;
  /** Items answered (any answer, "don't know" included) of the checklist's items; 0 of 0 without a checklist. */
  answered: number;
  total: number;
  /** 0–100 unrounded; null when it cannot be scored (or the checklist is not shipped). */
  score: number | null;
  band: MaturityBand | null;
  updatedAt: string;
}

/**
 * `checklist` is the version the assessment was made with (or the newest: item ids are stable); null when this
 * app has none of that id, so the row shows no progress or score rather than wrong ones.
 */
export function libraryRow(assessment: Assessment, checklist: Checklist | null): LibraryRow {
  const progress = checklist ? checklistProgress(checklist, assessment.answers) : { answered: 0, total: 0 };
  const overall = checklist ? scoreAssessment(checklist, assessment.answers).overall : null;
  return {
    id: assessment.id,
    municipality: assessment.meta.municipality,
    year: assessment.meta.year,
    role: assessment.meta.respondentRole,
    checklistVersion: assessment.checklist.version,
    answered: progress.answered,
    total: progress.total,
    score: overall?.score ?? null,
    band: overall?.band ?? null,
    updatedAt: assessment.updatedAt,
  };
}

export interface LibraryFilter {
  /** Matched as a part of the normalized name ("koski" finds "Koski Tl"); empty matches all. */
  municipality?: string;
  year?: number;
  role?: RespondentRole;
}

export function filterRows(rows: readonly LibraryRow[], filter: LibraryFilter): LibraryRow[] {
  const name = normalizeName(filter.municipality ?? "");
  return rows.filter(
    (row) =>
      (name === "" || normalizeName(row.municipality).includes(name)) &&
      (filter.year === undefined || row.year === filter.year) &&
      (filter.role === undefined || row.role === filter.role),
  );
}

export const LIBRARY_COLUMNS = [
  "municipality",
  "year",
  "role",
  "checklistVersion",
  "progress",
  "score",
  "updatedAt",
] as const;
export type LibraryColumn = (typeof LIBRARY_COLUMNS)[number];
export type SortDirection = "ascending" | "descending";

const collator = new Intl.Collator("fi", { numeric: true, sensitivity: "base" });

function compareBy(column: LibraryColumn): (a: LibraryRow, b: LibraryRow) => number {
  switch (column) {
    case "municipality":
    case "role":
    case "checklistVersion":
      return (a, b) => collator.compare(a[column], b[column]);
    case "year":
      return (a, b) => a.year - b.year;
    case "progress":
      return (a, b) =>
        (a.total === 0 ? 0 : a.answered / a.total) - (b.total === 0 ? 0 : b.answered / b.total);
    case "score":
      return (a, b) => (a.score ?? 0) - (b.score ?? 0);
    case "updatedAt":
      return (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0);
  }
}

/**
 * Sorted by the column; rows without a score sort last whichever the direction, so the scored ones stay
 * together. Ties keep the most recently changed first, then the id, so the order is stable.
 */
export function sortRows(
  rows: readonly LibraryRow[],
  column: LibraryColumn,
  direction: SortDirection,
): LibraryRow[] {
  const compare = compareBy(column);
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const hasA = column !== "score" || a.score !== null;
    const hasB = column !== "score" || b.score !== null;
    if (hasA !== hasB) return hasA ? -1 : 1;
    const order = compare(a, b) * sign;
    if (order !== 0) return order;
    if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export type DuplicateReason = "sameId" | "sameDetails";

/** What makes two assessments "the same": municipality (normalized, or the same official code), year and role. */
function isSameDetails(a: Assessment, b: Assessment): boolean {
  const sameMunicipality =
    a.meta.municipalityCode !== undefined && a.meta.municipalityCode === b.meta.municipalityCode
      ? true
      : normalizeName(a.meta.municipality) === normalizeName(b.meta.municipality);
  return sameMunicipality && a.meta.year === b.meta.year && a.meta.respondentRole === b.meta.respondentRole;
}

/**
 * The stored assessment an incoming one would duplicate, and why: the same id first (a file exported from
 * here), else the same municipality, year and role. Null when it is new.
 */
export function findDuplicate(
  incoming: Assessment,
  stored: readonly Assessment[],
): { existing: Assessment; reason: DuplicateReason } | null {
  const sameId = stored.find((assessment) => assessment.id === incoming.id);
  if (sameId) return { existing: sameId, reason: "sameId" };
  const sameDetails = stored.find((assessment) => isSameDetails(assessment, incoming));
  return sameDetails ? { existing: sameDetails, reason: "sameDetails" } : null;
}

export interface DuplicateOptions {
  /** Carry over the targets, actions and annual clock; without, the new one starts with an empty plan. */
  carryPlan: boolean;
  now?: Date;
  id?: string;
}

/**
 * "Start 2027 from 2026": the answers and notes as a starting point, under a new id, with the new year and
 * today's date (in that year when today is not). The original is not changed.
 */
export function duplicateForYear(
  assessment: Assessment,
  year: number,
  { carryPlan, now = new Date(), id = newAssessmentId() }: DuplicateOptions,
): Assessment {
  const today = now.toISOString().slice(0, 10);
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const moved = `${year}${today.slice(4)}`;
  const date = !isLeapYear && moved.endsWith("-02-29") ? `${year}-02-28` : moved;
  // Every entry is a flat object, so a copy of each keeps the two assessments from sharing anything.
  const plan = carryPlan
    ? {
        targets: { ...assessment.targets },
        actions: assessment.actions.map((action) => ({ ...action })),
        calendar: assessment.calendar.map((event) => ({ ...event })),
      }
    : emptyPlan();
  return {
    id,
    createdAt: now.toISOString(),
    checklist: { ...assessment.checklist },
    meta: { ...assessment.meta, year, date },
    answers: Object.fromEntries(
      Object.entries(assessment.answers).map(([itemId, answer]) => [itemId, { ...answer }]),
    ),
    ...plan,
    updatedAt: now.toISOString(),
  };
}

/** Some browsers delete a site's data after weeks without a visit; a month is well inside that. */
export const EXPORT_REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Remind to export when something changed after the last export (or nothing was ever exported) and that export
 * (or, without one, the oldest assessment's start) is EXPORT_REMINDER_DAYS or more ago. Nothing to lose, no nag.
 */
export function needsExportReminder(
  assessments: readonly Pick<Assessment, "createdAt" | "updatedAt">[],
  lastExportAt: string | null,
  now: Date,
): boolean {
  const isChangedSince = assessments.some(
    (assessment) => lastExportAt === null || assessment.updatedAt > lastExportAt,
  );
  if (!isChangedSince) return false;
  const since = lastExportAt ?? assessments.map((assessment) => assessment.createdAt).sort()[0];
  return since !== undefined && now.getTime() - Date.parse(since) >= EXPORT_REMINDER_DAYS * DAY_MS;
}
