import { useState } from "react";
import { inKeptOrder, type Suggestion, TOP_PRIORITIES, topPriorities } from "../../domain/suggestions";
import { isSameList } from "./same-list";

/** Item ids in the order they were last ranked: every suggestion, and the top few. */
interface Ranking {
  order: readonly string[];
  top: readonly string[];
}

function rankingOf(suggestions: readonly Suggestion[]): Ranking {
  return {
    order: suggestions.map((suggestion) => suggestion.item.id),
    top: topPriorities(suggestions, TOP_PRIORITIES).map((suggestion) => suggestion.item.id),
  };
}

export interface KeptRanking {
  /** Every suggestion with today's figures, in the kept order. */
  suggestions: Suggestion[];
  /** The top priorities as last ranked, with today's figures. */
  top: Suggestion[];
  /** Today's figures would rank them differently. */
  isOutOfDate: boolean;
  rerank: () => void;
}

/**
 * The order the page opened with, until the user asks for a new one. Re-sorting on every target change
 * moved the card being edited away from under the pointer and the focused select out of view.
 */
export function useKeptRanking(ranked: readonly Suggestion[]): KeptRanking {
  const [kept, setKept] = useState<Ranking | null>(null);
  const fresh = rankingOf(ranked);
  // The first render with suggestions fixes the order (the assessment may arrive after the page).
  if (kept === null && ranked.length > 0) setKept(fresh);
  const ranking = kept ?? fresh;
  const suggestions = inKeptOrder(ranked, ranking.order);
  const byId = new Map(ranked.map((suggestion) => [suggestion.item.id, suggestion]));
  const top = ranking.top.flatMap((id) => byId.get(id) ?? []);
  const isOutOfDate =
    !isSameList(
      suggestions.map((suggestion) => suggestion.item.id),
      fresh.order,
    ) || !isSameList(ranking.top, fresh.top);
  return { suggestions, top, isOutOfDate, rerank: () => setKept(fresh) };
}
