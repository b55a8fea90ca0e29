import type { Answer } from "./assessment";
import type { Checklist } from "./checklist";
import { type AssessmentScore, type ItemScore, scoreAssessment, type ThemeScore } from "./scoring";

export type ItemDifference =
  | "theyHaveYouLack"
  | "youAreAhead"
  | "same"
  | "theyChoseNotApplicable"
  | "youChoseNotApplicable"
  | "notComparable";

export interface ItemComparison {
  itemId: string;
  themeId: string;
  own: ItemScore;
  other: ItemScore;
  difference: ItemDifference;
  /** other.score − own.score (0..1 scale, −1..1), null unless both scored */
  gap: number | null;
}

export interface ThemeComparison {
  themeId: string;
  own: ThemeScore;
  other: ThemeScore;
}

export interface Comparison {
  own: AssessmentScore;
  other: AssessmentScore;
  themes: ThemeComparison[];
  items: ItemComparison[];
}

/**
 * "Not applicable" is a choice, not a failure (Koski Tl has no representative body because it is small
 * enough not to need one), so it is named as such and counted against neither side.
 */
function differenceOf(own: ItemScore, other: ItemScore): ItemDifference {
  if (other.status === "notApplicable") return "theyChoseNotApplicable";
  if (own.status === "notApplicable") return "youChoseNotApplicable";
  if (own.score === null || other.score === null) return "notComparable";
  if (other.score > own.score) return "theyHaveYouLack";
  if (own.score > other.score) return "youAreAhead";
  return "same";
}

function compareItem(own: ItemScore, other: ItemScore): ItemComparison {
  return {
    itemId: own.itemId,
    themeId: own.themeId,
    own,
    other,
    difference: differenceOf(own, other),
    gap: own.score === null || other.score === null ? null : other.score - own.score,
  };
}

/** Both sides scored on the same checklist, so themes and items line up by position. */
export function compareAssessments(
  checklist: Checklist,
  own: Readonly<Record<string, Answer>>,
  other: Readonly<Record<string, Answer>>,
): Comparison {
  return compareScores(scoreAssessment(checklist, own), scoreAssessment(checklist, other));
}

/** For a caller that has scored its own side already (the report), so it is not scored twice. */
export function compareScores(ownScore: AssessmentScore, otherScore: AssessmentScore): Comparison {
  const themes: ThemeComparison[] = [];
  const items: ItemComparison[] = [];
  ownScore.themes.forEach((ownTheme, t) => {
    const otherTheme = otherScore.themes[t];
    if (otherTheme === undefined) throw new Error(`theme ${ownTheme.themeId} scored on one side only`);
    themes.push({ themeId: ownTheme.themeId, own: ownTheme, other: otherTheme });
    ownTheme.items.forEach((ownItem, i) => {
      const otherItem = otherTheme.items[i];
      if (otherItem === undefined) throw new Error(`item ${ownItem.itemId} scored on one side only`);
      items.push(compareItem(ownItem, otherItem));
    });
  });
  return { own: ownScore, other: otherScore, themes, items };
}

/** The kinds of difference a comparison names; "same" and "not comparable" are not differences. */
export type NamedDifference = Exclude<ItemDifference, "same" | "notComparable">;

export function isDifference(item: ItemComparison): item is ItemComparison & { difference: NamedDifference } {
  return item.difference !== "same" && item.difference !== "notComparable";
}
