import { useState } from "react";
import { type ActionView, arrangeActions } from "../../domain/action-view";
import type { Checklist } from "../../domain/checklist";
import type { Action } from "../../domain/plan";
import { isSameList } from "./same-list";

export interface KeptActions {
  /** The actions as last arranged, with today's contents. */
  shown: Action[];
  /** A change since then (a status, a date) would show a different list. */
  isOutOfDate: boolean;
  rearrange: () => void;
}

const idsOf = (actions: readonly Action[]) => actions.map((action) => action.id);

/**
 * The list as arranged when the view last changed or an action was added or deleted. A status changed on a
 * card under a status filter would otherwise take the card, and the focused select, out of the page.
 */
export function useKeptActions(
  actions: readonly Action[],
  view: ActionView,
  checklist: Checklist,
): KeptActions {
  const fresh = arrangeActions(actions, view, checklist);
  const arranged = () => ({ view, ids: idsOf(fresh), all: idsOf(actions) });
  const [kept, setKept] = useState(arranged);
  const isAddedOrDeleted = !isSameList([...kept.all].sort(), idsOf(actions).sort());
  if (kept.view !== view || isAddedOrDeleted) {
    setKept(arranged());
    return { shown: fresh, isOutOfDate: false, rearrange: () => {} };
  }
  const byId = new Map(actions.map((action) => [action.id, action]));
  const shown = kept.ids.flatMap((id) => byId.get(id) ?? []);
  return {
    shown,
    isOutOfDate: !isSameList(kept.ids, idsOf(fresh)),
    rearrange: () => setKept(arranged()),
  };
}
