import { type Answer, answerFor } from "./assessment";
import type { Checklist, Item, Theme } from "./checklist";
import { FULL_LEVEL, type Level } from "./level";

/** Below this share of applicable items scored, a score is shown as provisional. */
export const PROVISIONAL_COVERAGE = 0.5;

export const MATURITY_BANDS = ["beginning", "developing", "established", "leading"] as const;
export type MaturityBand = (typeof MATURITY_BANDS)[number];

/** "Don't know" and a missing answer are both "unanswered": neither says anything about the municipality. */
export type ItemStatus = "scored" | "notApplicable" | "unanswered";

export interface ItemScore {
  itemId: string;
  themeId: string;
  weight: number;
  status: ItemStatus;
  /** level / 3, from 0 to 1; null unless scored. */
  score: number | null;
}

export interface ScoreSummary {
  /** 0–100, unrounded; null when nothing can be scored. */
  score: number | null;
  /** Share of applicable items scored (answered on a level; "don't know" is not), 0–1. */
  coverage: number;
  /** Items answered on a level 0–3: the ones the score counts. */
  scored: number;
  applicable: number;
  total: number;
  isProvisional: boolean;
  band: MaturityBand | null;
}

export interface ThemeScore extends ScoreSummary {
  themeId: string;
  items: ItemScore[];
}

export interface AssessmentScore {
  /** The mean of the themes that have applicable items; coverage is pooled over every theme's items. */
  overall: ScoreSummary;
  themes: ThemeScore[];
  /** Themes where every item is marked not applicable: nothing to score, so the overall score leaves them out. */
  leftOutThemeIds: string[];
}

export function statusOf(answer: Answer | undefined): ItemStatus {
  switch (answer?.kind) {
    case "level":
      return "scored";
    case "notApplicable":
      return "notApplicable";
    default:
      return "unanswered";
  }
}

export function scoreItem(
  item: Pick<Item, "id" | "weight">,
  themeId: string,
  answer: Answer | undefined,
): ItemScore {
  return {
    itemId: item.id,
    themeId,
    weight: item.weight,
    status: statusOf(answer),
    score: answer?.kind === "level" ? answer.level / FULL_LEVEL : null,
  };
}

/** Bands follow the whole number users see: a score shown as 25 is never "beginning". */
export function bandFor(score: number): MaturityBand {
  const shown = Math.round(score);
  if (shown < 25) return "beginning";
  if (shown < 50) return "developing";
  if (shown < 75) return "established";
  return "leading";
}

function coverageOf(scored: number, applicable: number): number {
  // Everything marked not applicable leaves nothing to answer, so nothing is missing.
  return applicable === 0 ? 1 : scored / applicable;
}

function scoreTheme(theme: Theme, answers: Readonly<Record<string, Answer>>): ThemeScore {
  const items: ItemScore[] = [];
  let weighted = 0;
  let weights = 0;
  let scored = 0;
  let notApplicable = 0;
  for (const item of theme.items) {
    const itemScore = scoreItem(item, theme.id, answerFor(answers, item.id));
    items.push(itemScore);
    if (itemScore.score !== null) {
      weighted += item.weight * itemScore.score;
      weights += item.weight;
      scored += 1;
    } else if (itemScore.status === "notApplicable") {
      notApplicable += 1;
    }
  }
  const total = theme.items.length;
  const applicable = total - notApplicable;
  const score = weights === 0 ? null : (100 * weighted) / weights;
  const coverage = coverageOf(scored, applicable);
  return {
    themeId: theme.id,
    items,
    score,
    coverage,
    scored,
    applicable,
    total,
    isProvisional: score !== null && coverage < PROVISIONAL_COVERAGE,
    band: score === null ? null : bandFor(score),
  };
}

/** Every item of the theme is marked not applicable: an honest answer that leaves nothing to score. */
export function isWhollyNotApplicable(summary: Pick<ScoreSummary, "applicable" | "total">): boolean {
  return summary.total > 0 && summary.applicable === 0;
}

/** Every theme has a score, so a chart of all themes has no gap that would read as a zero. */
export function hasEveryThemeScore(score: Pick<AssessmentScore, "themes">): boolean {
  return score.themes.length > 0 && score.themes.every((theme) => theme.score !== null);
}

export function scoreAssessment(
  checklist: Checklist,
  answers: Readonly<Record<string, Answer>>,
): AssessmentScore {
  const themes: ThemeScore[] = [];
  const leftOutThemeIds: string[] = [];
  let scoreSum = 0;
  let scoredThemes = 0;
  // A mean over only the answered themes would reward skipping the weak ones, so each counted one needs a score.
  let isEveryCountedThemeScored = true;
  let isAnyThemeProvisional = false;
  let scored = 0;
  let applicable = 0;
  let total = 0;
  for (const theme of checklist.themes) {
    const themeScore = scoreTheme(theme, answers);
    themes.push(themeScore);
    scored += themeScore.scored;
    applicable += themeScore.applicable;
    total += themeScore.total;
    isAnyThemeProvisional ||= themeScore.isProvisional;
    // A theme where nothing applies never gets a score, and must not hold back the rest for ever.
    if (isWhollyNotApplicable(themeScore)) leftOutThemeIds.push(themeScore.themeId);
    else if (themeScore.score === null) isEveryCountedThemeScored = false;
    else {
      scoreSum += themeScore.score;
      scoredThemes++;
    }
  }
  const score = isEveryCountedThemeScored && scoredThemes > 0 ? scoreSum / scoredThemes : null;
  const coverage = coverageOf(scored, applicable);
  const overall: ScoreSummary = {
    score,
    coverage,
    scored,
    applicable,
    total,
    isProvisional: score !== null && (coverage < PROVISIONAL_COVERAGE || isAnyThemeProvisional),
    band: score === null ? null : bandFor(score),
  };
  return { overall, themes, leftOutThemeIds };
}

type ScoredItem = ItemScore & { score: number };

function isScored(item: ItemScore): item is ScoredItem {
  return item.score !== null;
}

/** Strongest and weakest answered items; ties go to the heavier item, then to checklist order. */
export function rankItems(
  score: AssessmentScore,
  count = 5,
): { strongest: ItemScore[]; weakest: ItemScore[] } {
  // flatMap keeps checklist order and sort is stable, so equal items stay in checklist order.
  const scored = score.themes.flatMap((theme) => theme.items.filter(isScored));
  const strongest = scored
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score || b.weight - a.weight)
    .slice(0, count);
  const weakest = scored
    .filter((item) => item.score < 1)
    .sort((a, b) => a.score - b.score || b.weight - a.weight)
    .slice(0, count);
  return { strongest, weakest };
}

/** A level's points on the 0–100 scale, from the item scoring itself. */
export function levelPoints(level: Level): number {
  return 100 * (scoreItem({ id: "level", weight: 1 }, "level", { kind: "level", level }).score ?? 0);
}

/** Whole-number score ranges per band, read off bandFor so the text cannot drift from it. */
export function bandRanges(): { band: MaturityBand; from: number; to: number }[] {
  const ranges = new Map<MaturityBand, { from: number; to: number }>();
  for (let score = 0; score <= 100; score++) {
    const band = bandFor(score);
    const range = ranges.get(band);
    if (range) range.to = score;
    else ranges.set(band, { from: score, to: score });
  }
  return MATURITY_BANDS.flatMap((band) => {
    const range = ranges.get(band);
    return range ? [{ band, ...range }] : [];
  });
}
