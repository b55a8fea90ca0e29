import type { Assessment } from "./assessment";
import type { Checklist } from "./checklist";
import {
  type Alignment,
  alignMembers,
  type Cell,
  cellFor,
  itemDistributions,
  levelOf,
  memberRows,
  type Quartiles,
  quartiles,
} from "./regional";

/** A gap of this many levels or more is flagged: "started" against "fully in place", say. */
export const FLAGGED_GAP = 2;

export interface ItemGap {
  itemId: string;
  themeId: string;
  /** The municipality's answer. */
  own: Cell;
  /** The others' level answers summarised; don't know, not applicable and missing answers counted beside them. */
  others: {
    n: number;
    median: number | null;
    min: number | null;
    max: number | null;
    dontKnow: number;
    notApplicable: number;
    unanswered: number;
  };
  /** others.median − own level; null unless both are levels. */
  gap: number | null;
  /** |gap| >= FLAGGED_GAP */
  isFlagged: boolean;
}

export interface ThemeGap {
  themeId: string;
  /** The municipality's theme score, 0–100. */
  own: number | null;
  /** Of the others' theme scores, for any n: the municipality sees its own associations' view. */
  others: Quartiles | null;
  /** others.median − own; null unless both are there. */
  gap: number | null;
}

export interface PerceptionGaps {
  /** |gap| descending, null gaps last, then basis order. */
  items: ItemGap[];
  themes: ThemeGap[];
  respondents: number;
  alignment: Alignment;
}

function difference(others: number | null | undefined, own: number | null): number | null {
  return others == null || own === null ? null : others - own;
}

function itemGaps(alignment: Alignment, own: Assessment, others: readonly Assessment[]): ItemGap[] {
  // The minimum-n rule is for regional figures; here n is shown beside every median instead.
  return itemDistributions(alignment, others).map(
    ({ itemId, themeId, dontKnow, notApplicable, unanswered, n }) => {
      const spread = quartiles(others.flatMap((other) => levelOf(cellFor(other, itemId)) ?? []));
      const ownCell = cellFor(own, itemId);
      const gap = difference(spread?.median, levelOf(ownCell));
      return {
        itemId,
        themeId,
        own: ownCell,
        others: {
          n,
          median: spread?.median ?? null,
          min: spread?.min ?? null,
          max: spread?.max ?? null,
          dontKnow,
          notApplicable,
          unanswered,
        },
        gap,
        isFlagged: gap !== null && Math.abs(gap) >= FLAGGED_GAP,
      };
    },
  );
}

/** Biggest gaps first; sort is stable, so equal gaps keep basis order. */
function byGap(a: ItemGap, b: ItemGap): number {
  if (a.gap === null || b.gap === null) return (a.gap === null ? 1 : 0) - (b.gap === null ? 1 : 0);
  return Math.abs(b.gap) - Math.abs(a.gap);
}

function themeGaps(alignment: Alignment, own: Assessment, others: readonly Assessment[]): ThemeGap[] {
  const [ownRow, ...otherRows] = memberRows(alignment, [own, ...others]);
  return (ownRow?.score.themes ?? []).map((theme, t) => {
    const spread = quartiles(otherRows.flatMap((row) => row.score.themes[t]?.score ?? []));
    return {
      themeId: theme.themeId,
      own: theme.score,
      others: spread,
      gap: difference(spread?.median, theme.score),
    };
  });
}

/**
 * The municipality's own answers beside the others' (associations'), item by item and theme by theme, on the
 * items every one of them can be compared on. Missing and don't know never count as zero: they are counted,
 * never in the median. null when no checklist of theirs is shipped.
 */
export function perceptionGaps(
  own: Assessment,
  others: readonly Assessment[],
  checklists: readonly Checklist[],
): PerceptionGaps | null {
  const alignment = alignMembers([own, ...others], checklists);
  if (alignment === null) return null;
  return {
    items: itemGaps(alignment, own, others).sort(byGap),
    themes: themeGaps(alignment, own, others),
    respondents: others.length,
    alignment,
  };
}
