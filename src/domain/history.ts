import type { Assessment, AssessmentMeta } from "./assessment";
import type { Checklist, Theme } from "./checklist";
import { checklistFor } from "./checklist-lookup";
import { normalizeName } from "./normalize-name";
import { type Alignment, alignMembers, basisItems, type Cell, cellFor } from "./regional";
import { type AssessmentScore, type ScoreSummary, scoreAssessment, type ThemeScore } from "./scoring";

/** One year of a municipality's assessments by one role, scored on its own checklist version. */
export interface HistoryYear {
  year: number;
  assessment: Assessment;
  checklist: Checklist;
  score: AssessmentScore;
}

export interface History {
  /** Oldest year first. */
  years: HistoryYear[];
  /** Assessments whose checklist version this app does not ship: they cannot be scored, so they are left out. */
  withoutChecklist: Assessment[];
}

/**
 * The same municipality and the same respondent role. Two official codes decide it when both have one (a
 * renamed municipality keeps its code); otherwise the names, ignoring case and spacing. A nameless
 * assessment belongs to no series, so unnamed drafts are never grouped together.
 */
export function isSameSeries(a: AssessmentMeta, b: AssessmentMeta): boolean {
  if (a.respondentRole !== b.respondentRole) return false;
  if (a.municipalityCode !== undefined && b.municipalityCode !== undefined) {
    return a.municipalityCode === b.municipalityCode;
  }
  const name = normalizeName(a.municipality);
  return name !== "" && name === normalizeName(b.municipality);
}

const isNewer = (a: Assessment, b: Assessment) => a.updatedAt > b.updatedAt;

/**
 * The years of `open`'s series among `stored`. `open` stands for its own year (it is the one being looked
 * at, and the store's copy is newer than the database's); every other year takes its latest-updated one.
 */
export function historyOf(
  open: Assessment,
  stored: readonly Assessment[],
  checklists: readonly Checklist[],
): History {
  const byYear = new Map<number, Assessment>();
  for (const candidate of stored) {
    const { year } = candidate.meta;
    if (candidate.id === open.id || year === open.meta.year || !isSameSeries(open.meta, candidate.meta)) {
      continue;
    }
    const kept = byYear.get(year);
    if (!kept || isNewer(candidate, kept)) byYear.set(year, candidate);
  }
  byYear.set(open.meta.year, open);
  const years: HistoryYear[] = [];
  const withoutChecklist: Assessment[] = [];
  for (const [year, assessment] of [...byYear].sort(([a], [b]) => a - b)) {
    const checklist = checklistFor(assessment.checklist, checklists);
    if (checklist)
      years.push({ year, assessment, checklist, score: scoreAssessment(checklist, assessment.answers) });
    else withoutChecklist.push(assessment);
  }
  return { years, withoutChecklist };
}

export interface ThemeTrend {
  /** From the newest year whose checklist has the theme, for its title. */
  theme: Theme;
  /** One per year, as in `Trend.years`; null for a year whose checklist lacks the theme. */
  scores: (ThemeScore | null)[];
}

export interface Trend {
  years: number[];
  overall: ScoreSummary[];
  /** The newest checklist's themes in its order, then any only older years have. */
  themes: ThemeTrend[];
}

/** The overall and theme scores by year, each year as its own results page shows them. */
export function trendOf(years: readonly HistoryYear[]): Trend {
  const themes = new Map<string, Theme>();
  for (const { checklist } of [...years].reverse()) {
    for (const theme of checklist.themes) if (!themes.has(theme.id)) themes.set(theme.id, theme);
  }
  return {
    years: years.map(({ year }) => year),
    overall: years.map(({ score }) => score.overall),
    themes: [...themes.values()].map((theme) => ({
      theme,
      scores: years.map(({ score }) => score.themes.find(({ themeId }) => themeId === theme.id) ?? null),
    })),
  };
}

/**
 * How an item's answer moved. "Don't know" or no answer in either year is `unknown`, never a drop to zero;
 * "not applicable" in either year is a choice, named as such.
 */
export type ItemChangeKind = "rose" | "fell" | "same" | "unknown" | "notApplicable";

export const ITEM_CHANGE_KINDS = [
  "rose",
  "fell",
  "unknown",
  "notApplicable",
  "same",
] as const satisfies readonly ItemChangeKind[];

export interface ItemChange {
  itemId: string;
  themeId: string;
  from: Cell;
  to: Cell;
  change: ItemChangeKind;
  /** to − from in levels; null unless both years have a level. */
  delta: number | null;
}

export interface YearChange {
  fromYear: number;
  toYear: number;
  /** In the order of the newer checklist version, items both versions have. */
  items: ItemChange[];
  counts: Record<ItemChangeKind, number>;
  /** Items one year's checklist version has and the other's lacks: not compared. */
  leftOutItemIds: string[];
  /** Of those, the base items an adapted checklist hides, with its reason. */
  hidden: Alignment["hidden"];
}

function changeOf(from: Cell, to: Cell): Pick<ItemChange, "change" | "delta"> {
  if (from.kind === "notApplicable" || to.kind === "notApplicable")
    return { change: "notApplicable", delta: null };
  if (from.kind !== "level" || to.kind !== "level") return { change: "unknown", delta: null };
  const delta = to.level - from.level;
  return { change: delta > 0 ? "rose" : delta < 0 ? "fell" : "same", delta };
}

/** Item by item from one year to another, on the items both years' checklist versions have. */
export function yearChange(from: HistoryYear, to: HistoryYear): YearChange {
  const checklists = [from.checklist, to.checklist];
  const alignment = alignMembers([from.assessment, to.assessment], checklists);
  if (alignment === null) throw new Error("a history year without its checklist");
  const items = basisItems(alignment).map(({ itemId, themeId }): ItemChange => {
    const fromCell = cellFor(from.assessment, itemId);
    const toCell = cellFor(to.assessment, itemId);
    return { itemId, themeId, from: fromCell, to: toCell, ...changeOf(fromCell, toCell) };
  });
  const counts = { rose: 0, fell: 0, same: 0, unknown: 0, notApplicable: 0 };
  for (const item of items) counts[item.change] += 1;
  return {
    fromYear: from.year,
    toYear: to.year,
    items,
    counts,
    leftOutItemIds: alignment.notComparable.map(({ itemId }) => itemId),
    hidden: alignment.hidden,
  };
}

/**
 * The change in whole points as the two scores are shown (39 → 74 is +35, though 39.4 → 73.8 is 34.4), so
 * the figures on a page add up; null unless both years have a score.
 */
export function shownScoreChange(from: ScoreSummary | null, to: ScoreSummary | null): number | null {
  if (from?.score == null || to?.score == null) return null;
  return Math.round(to.score) - Math.round(from.score);
}

/** The year before `year` in the history, if any: what "change since" compares with by default. */
export function previousYear(years: readonly HistoryYear[], year: number): HistoryYear | undefined {
  return years.filter((entry) => entry.year < year).at(-1);
}
