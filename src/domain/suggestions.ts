import { type Answer, type Assessment, answerFor } from "./assessment";
import type { Checklist, Item, Phase, Theme } from "./checklist";
import { FULL_LEVEL, type Level } from "./level";
import { type Targets, targetFor } from "./plan";
import { statusOf } from "./scoring";

/** How many top priorities the plan and the report lead with. */
export const TOP_PRIORITIES = 5;

/** One item below "fully in place", with what closing its gap is worth. */
export interface Suggestion {
  item: Item;
  theme: Theme;
  current: Level;
  /** The user's target for the item, or "fully in place" when none is set. */
  target: Level;
  hasTarget: boolean;
  /** Levels between the answer and the target; 0 when the target is already met. */
  gap: number;
  /** weight × gap: the item's share of the score that reaching the target would add. */
  priority: number;
}

/** Where an item aims: its target, and whether the user set it. */
export interface Aim {
  target: Level;
  hasTarget: boolean;
}

/**
 * The one target rule, for the priorities and the "targets reached" scores alike: an item answered with a
 * level aims at its target, or at "fully in place" when none is set. An item without a level (unanswered,
 * don't know, not applicable) has no starting point, so it is neither ranked nor raised.
 */
export function aimOf(answer: Answer | undefined, targets: Readonly<Targets>, itemId: string): Aim | null {
  if (answer?.kind !== "level") return null;
  const set = targetFor(targets, itemId);
  return { target: set ?? FULL_LEVEL, hasTarget: set !== undefined };
}

/**
 * Every item answered below "fully in place", highest priority first. Ties keep the checklist's order
 * (theme, then item), so the list reads like the checklist where priorities are equal.
 * "Don't know", unanswered and not-applicable items have no gap to measure and are left out.
 */
export function prioritiseSuggestions(checklist: Checklist, assessment: Assessment): Suggestion[] {
  const suggestions = checklist.themes.flatMap((theme) =>
    theme.items.flatMap((item): Suggestion[] => {
      const answer = answerFor(assessment.answers, item.id);
      const aim = aimOf(answer, assessment.targets, item.id);
      if (answer?.kind !== "level" || !aim || answer.level === FULL_LEVEL) return [];
      const gap = Math.max(0, aim.target - answer.level);
      return [{ item, theme, current: answer.level, ...aim, gap, priority: item.weight * gap }];
    }),
  );
  // Array.prototype.sort is stable, so equal priorities stay in checklist order.
  return suggestions.sort((a, b) => b.priority - a.priority);
}

export interface UnrankedTheme {
  theme: Theme;
  count: number;
}

/** Per theme, the items without a level (unanswered or "don't know"): no gap to rank, they wait for an answer. */
export function unrankedByTheme(
  checklist: Checklist,
  answers: Readonly<Record<string, Answer>>,
): UnrankedTheme[] {
  return checklist.themes
    .map((theme) => ({
      theme,
      count: theme.items.filter((item) => statusOf(answerFor(answers, item.id)) === "unanswered").length,
    }))
    .filter((entry) => entry.count > 0);
}

/** The top suggestions: those with a gap left, at most `limit`. */
export function topPriorities(suggestions: readonly Suggestion[], limit: number): Suggestion[] {
  return suggestions.filter((suggestion) => suggestion.gap > 0).slice(0, limit);
}

export interface SuggestionGroup<K> {
  key: K;
  suggestions: Suggestion[];
}

/** By theme, in the checklist's theme order; themes with nothing to suggest are left out. */
export function groupByTheme(
  checklist: Checklist,
  suggestions: readonly Suggestion[],
): SuggestionGroup<Theme>[] {
  return checklist.themes
    .map((theme) => ({ key: theme, suggestions: suggestions.filter((s) => s.theme.id === theme.id) }))
    .filter((group) => group.suggestions.length > 0);
}

/** By the cooperation process's phase (seed 003); items the checklist gives no phase come last, as "ongoing". */
export function groupByPhase(suggestions: readonly Suggestion[]): SuggestionGroup<Phase | "ongoing">[] {
  const keys = ["prepare", "meeting", "followUp", "ongoing"] as const;
  return keys
    .map((key) => ({ key, suggestions: suggestions.filter((s) => (s.item.phase ?? "ongoing") === key) }))
    .filter((group) => group.suggestions.length > 0);
}

/**
 * The answers as they would be with every target reached (aimOf: the default target counts as a set one):
 * scored with the same code, so "target" figures on screen and in the report mean exactly what the current
 * ones do. A target below the current level never lowers it (a plan does not aim backwards); items without
 * a level stay as they are.
 */
export function answersAtTarget(assessment: Pick<Assessment, "answers" | "targets">): Record<string, Answer> {
  // A Map, not `answers[itemId] = …`: assigning to "__proto__" would replace the prototype, not add an entry.
  const answers = new Map(Object.entries(assessment.answers));
  for (const [itemId, answer] of answers) {
    const aim = aimOf(answer, assessment.targets, itemId);
    if (answer.kind !== "level" || !aim || aim.target <= answer.level) continue;
    answers.set(itemId, { ...answer, level: aim.target });
  }
  return Object.fromEntries(answers);
}

/** Whether reaching the targets would raise any answer: otherwise the target figures equal today's. */
export function hasTargetAhead(assessment: Pick<Assessment, "answers" | "targets">): boolean {
  return Object.entries(assessment.answers).some(([itemId, answer]) => {
    const aim = aimOf(answer, assessment.targets, itemId);
    return answer.kind === "level" && aim !== null && aim.target > answer.level;
  });
}

/**
 * The suggestions in an order kept from earlier (item ids, e.g. as the page opened), with today's figures:
 * a screen keeps its order while the user edits targets. Items the order does not know follow, ranked.
 */
export function inKeptOrder(suggestions: readonly Suggestion[], order: readonly string[]): Suggestion[] {
  const position = new Map(order.map((id, index) => [id, index]));
  const rank = (suggestion: Suggestion) => position.get(suggestion.item.id) ?? order.length;
  // Stable sort: the ones the order does not know keep their ranked order at the end.
  return [...suggestions].sort((a, b) => rank(a) - rank(b));
}
