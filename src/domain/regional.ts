import type { PartialLocalizedText } from "./adaptation";
import { type Assessment, answerFor } from "./assessment";
import type { Checklist } from "./checklist";
import { allItems, checklistFor, compareVersions, itemIds } from "./checklist-lookup";
import { itemNumbers } from "./item-numbers";
import type { Level } from "./level";
import type { Language } from "./localized";
import { assessedMunicipalityName, type Municipality, municipalityByCode } from "./municipalities";
import { type AssessmentScore, type MaturityBand, scoreAssessment } from "./scoring";

/** Aggregates over fewer assessments are never shown, so no single municipality can be read off a "regional" figure. */
export const MIN_GROUP_SIZE = 3;

/**
 * Which items every member can be compared on: the newest member version's checklist, restricted to the items
 * present in every member's checklist version (item ids are stable). A member whose checklist is not shipped
 * says nothing about which items its version has, so it takes no part in the alignment.
 */
export interface Alignment {
  /** Filtered copy: themes keep their order; a theme left with no items is dropped. */
  basis: Checklist;
  /** Items some member's version has and another's lacks, with the versions lacking them. */
  notComparable: { itemId: string; versions: string[] }[];
  /** Base items an adapted checklist among the members hides, with its reason and the checklist's label. */
  hidden: { itemId: string; why: PartialLocalizedText; version: string }[];
  /** Distinct checklist versions among the members, newest first. */
  versions: string[];
  /**
   * Item numbers ("2.5") as in the newest version's full checklist, so an item keeps the number its
   * questionnaire gives it even where the basis leaves an item before it out.
   */
  numbers: ReadonlyMap<string, string>;
}

/** `ids`: every item a version has; `comparable`: those it shares with others (not its local ones). */
type VersionItems = { version: string; ids: Set<string>; comparable: Set<string> }[];

/** Every item some version has and another lacks, first seen first (newest version first). */
function itemsNotEverywhere(used: readonly Checklist[], itemSets: VersionItems): Alignment["notComparable"] {
  const notComparable = new Map<string, string[]>();
  for (const { id } of used.flatMap(allItems)) {
    const lacking = itemSets.filter(({ ids }) => !ids.has(id)).map(({ version }) => version);
    const isLocal = itemSets.some(({ ids, comparable }) => ids.has(id) && !comparable.has(id));
    if ((lacking.length > 0 || isLocal) && !notComparable.has(id)) notComparable.set(id, lacking);
  }
  return [...notComparable].map(([itemId, versions]) => ({ itemId, versions }));
}

/** A version's number, or for an adapted checklist its id too: "1.1.0", "loimaan-seutu-x1y2 1.0.0". */
function versionLabel(checklist: Checklist): string {
  return checklist.adaptation ? `${checklist.id} ${checklist.version}` : checklist.version;
}

/** An adapted checklist's own items are never compared, even with another adaptation using the same id. */
function comparableIds(checklist: Checklist): Set<string> {
  return new Set(allItems(checklist).flatMap((item) => (item.local ? [] : [item.id])));
}

/** null when no member's checklist is shipped. */
export function alignMembers(
  members: readonly Assessment[],
  checklists: readonly Checklist[],
): Alignment | null {
  // A shipped version is the basis whenever one is used: its wording is the one everyone shares.
  const used = [
    ...new Set(members.flatMap((member) => checklistFor(member.checklist, checklists) ?? [])),
  ].sort((a, b) => Number(!!a.adaptation) - Number(!!b.adaptation) || compareVersions(b.version, a.version));
  const newest = used[0];
  if (newest === undefined) return null;
  const itemSets = used.map((checklist) => ({
    version: versionLabel(checklist),
    ids: itemIds(checklist),
    comparable: comparableIds(checklist),
  }));
  const themes = newest.themes
    .map((theme) => ({
      ...theme,
      items: theme.items.filter((item) => itemSets.every(({ comparable }) => comparable.has(item.id))),
    }))
    .filter((theme) => theme.items.length > 0);
  return {
    basis: { ...newest, themes },
    notComparable: itemsNotEverywhere(used, itemSets),
    hidden: used.flatMap((checklist) =>
      (checklist.adaptation?.hidden ?? []).map(({ item, why }) => ({
        itemId: item,
        why,
        version: versionLabel(checklist),
      })),
    ),
    versions: [...new Set(used.map(versionLabel))],
    numbers: itemNumbers(newest.themes),
  };
}

/** One heatmap cell: what the member answered, with "don't know" and "not applicable" kept apart. */
export type Cell =
  | { kind: "level"; level: Level }
  | { kind: "dontKnow" }
  | { kind: "notApplicable" }
  | { kind: "unanswered" };

export function cellFor(assessment: Assessment, itemId: string): Cell {
  const answer = answerFor(assessment.answers, itemId);
  if (answer === undefined) return { kind: "unanswered" };
  return answer.kind === "level" ? { kind: "level", level: answer.level } : { kind: answer.kind };
}

/** The level of a level answer; null for every other kind, which is never a zero. */
export function levelOf(cell: Cell): Level | null {
  return cell.kind === "level" ? cell.level : null;
}

export interface Quartiles {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Excel's QUARTILE.INC (type 7, linear interpolation): what coordinators get in Excel. null when empty. */
export function quartiles(values: readonly number[]): Quartiles | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (p: number): number => {
    const h = (sorted.length - 1) * p;
    const low = Math.floor(h);
    const lowValue = sorted[low] ?? 0;
    return lowValue + (h - low) * ((sorted[low + 1] ?? lowValue) - lowValue);
  };
  return { n: sorted.length, min: at(0), q1: at(0.25), median: at(0.5), q3: at(0.75), max: at(1) };
}

/** Quartiles only over enough values to hide any one member's. */
function shownQuartiles(values: readonly number[]): Quartiles | null {
  return values.length < MIN_GROUP_SIZE ? null : quartiles(values);
}

/** The basis items in order, each with its theme. */
export function basisItems(alignment: Alignment): { itemId: string; themeId: string }[] {
  return alignment.basis.themes.flatMap((theme) =>
    theme.items.map((item) => ({ itemId: item.id, themeId: theme.id })),
  );
}

export interface ItemDistribution {
  itemId: string;
  themeId: string;
  levels: Record<Level, number>;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  /** Level answers. */
  n: number;
  /** Of the levels; null when n < MIN_GROUP_SIZE. */
  quartiles: Quartiles | null;
  /** members >= MIN_GROUP_SIZE: the counts may be shown as a regional figure only then. */
  isShown: boolean;
}

/** In basis order. */
export function itemDistributions(alignment: Alignment, members: readonly Assessment[]): ItemDistribution[] {
  return basisItems(alignment).map(({ itemId, themeId }) => {
    const distribution: ItemDistribution = {
      itemId,
      themeId,
      levels: { 0: 0, 1: 0, 2: 0, 3: 0 },
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 0,
      n: 0,
      quartiles: null,
      isShown: members.length >= MIN_GROUP_SIZE,
    };
    const levels: number[] = [];
    for (const member of members) {
      const cell = cellFor(member, itemId);
      if (cell.kind === "level") {
        distribution.levels[cell.level] += 1;
        levels.push(cell.level);
      } else distribution[cell.kind] += 1;
    }
    distribution.n = levels.length;
    distribution.quartiles = shownQuartiles(levels);
    return distribution;
  });
}

export interface MemberRow {
  assessment: Assessment;
  /** Scored on alignment.basis, so members answering different versions score on the same items. */
  score: AssessmentScore;
  /** By meta.municipalityCode. */
  municipality: Municipality | undefined;
  regionCode: string | undefined;
  countyCode: string | undefined;
}

export function memberRows(alignment: Alignment, members: readonly Assessment[]): MemberRow[] {
  return members.map((assessment) => {
    const municipality = municipalityByCode(assessment.meta.municipalityCode);
    return {
      assessment,
      // Scoring looks up the basis items only, so answers to items outside it are left out by themselves.
      score: scoreAssessment(alignment.basis, assessment.answers),
      municipality,
      regionCode: municipality?.region,
      countyCode: municipality?.wellbeingCounty,
    };
  });
}

export interface ThemeDistribution {
  themeId: string;
  bands: Record<MaturityBand, number>;
  /** Members with no score for the theme. */
  unscored: number;
  /** Members with a score. */
  n: number;
  /** Of the theme scores (0–100); null when n < MIN_GROUP_SIZE. */
  quartiles: Quartiles | null;
  isShown: boolean;
}

/** In basis order; every row is scored on the same basis, so the themes line up by position. */
export function themeDistributions(rows: readonly MemberRow[]): ThemeDistribution[] {
  const themeIds = rows[0]?.score.themes.map((theme) => theme.themeId) ?? [];
  return themeIds.map((themeId, t) => {
    const bands: Record<MaturityBand, number> = { beginning: 0, developing: 0, established: 0, leading: 0 };
    const scores: number[] = [];
    for (const row of rows) {
      const theme = row.score.themes[t];
      if (theme === undefined || theme.score === null || theme.band === null) continue;
      bands[theme.band] += 1;
      scores.push(theme.score);
    }
    return {
      themeId,
      bands,
      unscored: rows.length - scores.length,
      n: scores.length,
      quartiles: shownQuartiles(scores),
      isShown: rows.length >= MIN_GROUP_SIZE,
    };
  });
}

/** Of the overall scores; null under MIN_GROUP_SIZE scored members. */
export function overallQuartiles(rows: readonly MemberRow[]): Quartiles | null {
  return shownQuartiles(rows.flatMap((row) => row.score.overall.score ?? []));
}

/** For each item, whom to call: members at level 3, then at level 2. */
export interface InPlace {
  itemId: string;
  full: Assessment[];
  mostly: Assessment[];
}

const collators = new Map<Language, Intl.Collator>();

/** One collator per language: building one costs far more than a comparison, and lists are sorted often. */
export function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language);
    collators.set(language, collator);
  }
  return collator;
}

/**
 * In basis order; within a level by the municipality's name as shown in `language` (Swedish names in sv),
 * in that language's order, so "Ä" follows "Z" in Finnish.
 */
export function whoHasInPlace(
  alignment: Alignment,
  members: readonly Assessment[],
  language: Language = "fi",
): InPlace[] {
  const collator = collatorFor(language);
  const byName = members
    .map((member) => ({ member, name: assessedMunicipalityName(member.meta, language) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ member }) => member);
  const atLevel = (itemId: string, level: Level) =>
    byName.filter((member) => levelOf(cellFor(member, itemId)) === level);
  return basisItems(alignment).map(({ itemId }) => ({
    itemId,
    full: atLevel(itemId, 3),
    mostly: atLevel(itemId, 2),
  }));
}

export type Position = "belowQ1" | "q1ToMedian" | "medianToQ3" | "aboveQ3";

/** Where a highlighted member sits; a value on a quartile counts into the inner range (median: the lower). */
export function positionOf(value: number, q: Quartiles): Position {
  if (value < q.q1) return "belowQ1";
  if (value > q.q3) return "aboveQ3";
  return value <= q.median ? "q1ToMedian" : "medianToQ3";
}
