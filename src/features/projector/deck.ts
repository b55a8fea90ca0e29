import type { Assessment } from "../../domain/assessment";
import type { Checklist, Item, Theme } from "../../domain/checklist";
import {
  type Alignment,
  alignMembers,
  type InPlace,
  type ItemDistribution,
  itemDistributions,
  memberRows,
  overallQuartiles,
  type Quartiles,
  type ThemeDistribution,
  themeDistributions,
  whoHasInPlace,
} from "../../domain/regional";

export type Slide =
  | { kind: "overview" }
  | { kind: "theme"; theme: Theme; distribution: ThemeDistribution }
  | {
      kind: "item";
      item: Item;
      /** "2.5", as the questionnaire numbers it. */
      number: string;
      distribution: ItemDistribution;
      inPlace: InPlace;
    };

export interface Deck {
  alignment: Alignment;
  memberCount: number;
  overall: Quartiles | null;
  themes: ThemeDistribution[];
  slides: Slide[];
}

function byId<T>(list: readonly T[], id: (value: T) => string): Map<string, T> {
  return new Map(list.map((value) => [id(value), value]));
}

/**
 * The overview, then each theme followed by its items: the order a workshop walks through the checklist.
 * Null when no member answers a shipped checklist.
 */
export function buildDeck(members: readonly Assessment[], checklists: readonly Checklist[]): Deck | null {
  const alignment = alignMembers(members, checklists);
  if (alignment === null) return null;
  const { basis } = alignment;
  const rows = memberRows(alignment, members);
  const themes = themeDistributions(rows);
  const themeById = byId(themes, (theme) => theme.themeId);
  const items = byId(itemDistributions(alignment, members), (item) => item.itemId);
  const inPlace = byId(whoHasInPlace(alignment, members), (entry) => entry.itemId);
  const { numbers } = alignment;
  const slides: Slide[] = [{ kind: "overview" }];
  for (const theme of basis.themes) {
    const distribution = themeById.get(theme.id);
    if (distribution) slides.push({ kind: "theme", theme, distribution });
    for (const item of theme.items) {
      const itemDistribution = items.get(item.id);
      const who = inPlace.get(item.id);
      if (itemDistribution && who) {
        const number = numbers.get(item.id) ?? "";
        slides.push({ kind: "item", item, number, distribution: itemDistribution, inPlace: who });
      }
    }
  }
  return { alignment, memberCount: members.length, overall: overallQuartiles(rows), themes, slides };
}
