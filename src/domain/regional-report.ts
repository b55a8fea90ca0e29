import type { Assessment, RespondentRole } from "./assessment";
import type { Checklist } from "./checklist";
import { numberedItems } from "./item-numbers";
import type { Language } from "./localized";
import { assessedMunicipalityName } from "./municipalities";
import {
  alignMembers,
  collatorFor,
  type ItemDistribution,
  itemDistributions,
  MIN_GROUP_SIZE,
  memberRows,
  overallQuartiles,
  type Quartiles,
  type ThemeDistribution,
  themeDistributions,
  whoHasInPlace,
} from "./regional";
import { localDate } from "./report";
import type { ScoreSummary } from "./scoring";

/** How many of the region's weakest items the one-page summary names. */
export const WEAKEST_ITEMS = 5;

export interface RegionalReportInput {
  /** The workshop's name, e.g. "Varsinais-Suomi 2026". */
  name: string;
  members: readonly Assessment[];
  checklists: readonly Checklist[];
  language: Language;
  generatedAt: Date;
}

/** A member as the summary names it; the renderer words the role. */
export interface RegionalMemberName {
  name: string;
  year: number;
  role: RespondentRole;
}

export interface RegionalReportRow extends RegionalMemberName {
  overall: ScoreSummary;
  /** In the basis's theme order. */
  themes: ScoreSummary[];
}

export interface RegionalWeakItem {
  itemId: string;
  number: string;
  text: string;
  distribution: ItemDistribution;
  /** Whom to call: the members at level 3, then at level 2, by name. */
  full: RegionalMemberName[];
  mostly: RegionalMemberName[];
}

/** The one-page regional summary's content, in the report's language; the PDF code adds words and layout. */
export interface RegionalReport {
  language: Language;
  /** YYYY-MM-DD */
  generatedOn: string;
  name: string;
  checklist: { title: string; version: string };
  memberCount: number;
  /** False under MIN_GROUP_SIZE members: no regional figure is shown at all then. */
  isShown: boolean;
  /** Items left out because some member's checklist version lacks them. */
  notComparableCount: number;
  themes: { title: string; distribution: ThemeDistribution }[];
  overall: Quartiles | null;
  /** By name in the report's language. */
  rows: RegionalReportRow[];
  /** Lowest median first; empty when the figures may not be shown. */
  weakest: RegionalWeakItem[];
}

/** The official name in the report's language (Swedish names in sv), or the name as written. */
function memberName(assessment: Assessment, language: Language): RegionalMemberName {
  const { meta } = assessment;
  const name = assessedMunicipalityName(meta, language).trim();
  return { name, year: meta.year, role: meta.respondentRole };
}

/** Lowest median first; ties by the upper quartile, then the checklist's order. */
function weakestFirst(distributions: readonly ItemDistribution[]): ItemDistribution[] {
  return distributions
    .map((distribution, index) => ({ distribution, index }))
    .filter(({ distribution }) => distribution.quartiles !== null)
    .sort((a, b) => {
      const qa = a.distribution.quartiles;
      const qb = b.distribution.quartiles;
      if (!qa || !qb) return 0;
      return qa.median - qb.median || qa.q3 - qb.q3 || a.index - b.index;
    })
    .map(({ distribution }) => distribution);
}

/**
 * The workshop's table, theme distributions and weakest items, computed with the same regional functions
 * the workshop's screens use. Null when no member's checklist is shipped.
 */
export function buildRegionalReport(input: RegionalReportInput): RegionalReport | null {
  const { members, language } = input;
  const alignment = alignMembers(members, input.checklists);
  if (!alignment) return null;
  const { basis } = alignment;
  const rows = memberRows(alignment, members);
  const collator = collatorFor(language);
  const byName = (a: RegionalMemberName, b: RegionalMemberName) =>
    collator.compare(a.name, b.name) || a.year - b.year || a.role.localeCompare(b.role);
  const items = numberedItems(basis);
  const inPlace = new Map(whoHasInPlace(alignment, members).map((entry) => [entry.itemId, entry]));
  const names = (list: readonly Assessment[] | undefined) =>
    (list ?? []).map((member) => memberName(member, language)).sort(byName);
  const isShown = members.length >= MIN_GROUP_SIZE;
  return {
    language,
    generatedOn: localDate(input.generatedAt),
    name: input.name,
    checklist: { title: basis.title[language], version: basis.version },
    memberCount: members.length,
    isShown,
    notComparableCount: alignment.notComparable.length,
    themes: themeDistributions(rows).map((distribution, t) => ({
      title: basis.themes[t]?.title[language] ?? distribution.themeId,
      distribution,
    })),
    overall: overallQuartiles(rows),
    rows: rows
      .map((row) => ({
        ...memberName(row.assessment, language),
        overall: row.score.overall,
        themes: row.score.themes,
      }))
      .sort(byName),
    weakest: isShown
      ? weakestFirst(itemDistributions(alignment, members))
          .slice(0, WEAKEST_ITEMS)
          .map((distribution) => {
            const numbered = items.get(distribution.itemId);
            const who = inPlace.get(distribution.itemId);
            return {
              itemId: distribution.itemId,
              number: alignment.numbers.get(distribution.itemId) ?? "",
              text: numbered?.item.text[language] ?? distribution.itemId,
              distribution,
              full: names(who?.full),
              mostly: names(who?.mostly),
            };
          })
      : [],
  };
}
