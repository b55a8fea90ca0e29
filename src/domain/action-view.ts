import type { Checklist } from "./checklist";
import { ACTION_STATUSES, type Action, type ActionStatus } from "./plan";

/** How the plan's actions can be ordered: as added, by due date, by status, or by the checklist's themes. */
export const ACTION_SORTS = ["added", "due", "status", "theme"] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

/** An action with no checklist item belongs to no theme; it can be picked on its own. */
export const NO_THEME = "none";

export interface ActionView {
  sort: ActionSort;
  status: ActionStatus | "all";
  /** A theme's id, NO_THEME, or "all". */
  themeId: string;
}

export const ALL_ACTIONS: ActionView = { sort: "added", status: "all", themeId: "all" };

export function isFiltered(view: ActionView): boolean {
  return view.status !== "all" || view.themeId !== "all";
}

/** Where each item's theme stands in the checklist, for filtering and the theme order. */
function themeIndexOf(checklist: Checklist): (action: Action) => number {
  const byItem = new Map(
    checklist.themes.flatMap((theme, index) => theme.items.map((item) => [item.id, index] as const)),
  );
  // Actions without an item (or with one no longer in the checklist) come after every theme.
  return (action) =>
    (action.itemId === undefined ? undefined : byItem.get(action.itemId)) ?? checklist.themes.length;
}

/**
 * The actions the view shows, in its order. Ties keep the order they were added in (the sort is stable),
 * and undated actions come after dated ones, as a plan read by its deadlines would have them.
 */
export function arrangeActions(actions: readonly Action[], view: ActionView, checklist: Checklist): Action[] {
  const themeIndex = themeIndexOf(checklist);
  const wantedTheme =
    view.themeId === "all"
      ? undefined
      : view.themeId === NO_THEME
        ? checklist.themes.length
        : checklist.themes.findIndex((theme) => theme.id === view.themeId);
  const shown = actions.filter(
    (action) =>
      (view.status === "all" || action.status === view.status) &&
      (wantedTheme === undefined || themeIndex(action) === wantedTheme),
  );
  const byDue = (a: Action, b: Action) =>
    a.due === b.due ? 0 : a.due === undefined ? 1 : b.due === undefined ? -1 : a.due.localeCompare(b.due);
  const compare: Record<ActionSort, ((a: Action, b: Action) => number) | undefined> = {
    added: undefined,
    due: byDue,
    status: (a, b) => ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status) || byDue(a, b),
    theme: (a, b) => themeIndex(a) - themeIndex(b) || byDue(a, b),
  };
  const order = compare[view.sort];
  return order ? shown.sort(order) : shown;
}
