import type { HiddenItem, PartialLocalizedText } from "./adaptation";
import type { Checklist, Item } from "./checklist";
import { allItems, checklistRef } from "./checklist-lookup";

export { toChecklistFile } from "./written-checklist";

import { sameText } from "./localized";

/** A deep copy of plain JSON data (the domain runs without the DOM's structuredClone). */
function copyData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The first version of a new adapted checklist: the base's themes and items under its own id, hiding nothing. */
export function deriveChecklist(base: Checklist, id: string, title: Checklist["title"]): Checklist {
  const {
    $schema: _schema,
    changes: _changes,
    retiredIds: _retired,
    adaptation: _adaptation,
    ...content
  } = copyData(base);
  return {
    ...content,
    id,
    version: "1.0.0",
    title,
    adaptation: { basedOn: checklistRef(base), hidden: [], localSources: [] },
  };
}

function withItems(checklist: Checklist, map: (items: Item[], themeId: string) => Item[]): Checklist {
  return {
    ...checklist,
    themes: checklist.themes.map((theme) => ({ ...theme, items: map(theme.items, theme.id) })),
  };
}

/** Leaves a base item out, keeping the reason comparisons show. */
export function hideItem(checklist: Checklist, itemId: string, why: PartialLocalizedText): Checklist {
  if (!checklist.adaptation) return checklist;
  const hidden: HiddenItem[] = [
    ...checklist.adaptation.hidden.filter((entry) => entry.item !== itemId),
    { item: itemId, why },
  ];
  return {
    ...withItems(checklist, (items) => items.filter((item) => item.id !== itemId)),
    adaptation: { ...checklist.adaptation, hidden },
  };
}

/** Puts a hidden base item back where the base has it, as the base words it. */
export function restoreItem(checklist: Checklist, base: Checklist, itemId: string): Checklist {
  if (!checklist.adaptation) return checklist;
  const baseTheme = base.themes.find((theme) => theme.items.some((item) => item.id === itemId));
  const baseItem = baseTheme?.items.find((item) => item.id === itemId);
  if (!baseTheme || !baseItem) return checklist;
  const before = new Set(baseTheme.items.slice(0, baseTheme.items.indexOf(baseItem)).map((item) => item.id));
  return {
    ...withItems(checklist, (items, themeId) => {
      if (themeId !== baseTheme.id) return items;
      const at = items.findLastIndex((item) => before.has(item.id)) + 1;
      return [...items.slice(0, at), copyData(baseItem), ...items.slice(at)];
    }),
    adaptation: {
      ...checklist.adaptation,
      hidden: checklist.adaptation.hidden.filter((entry) => entry.item !== itemId),
    },
  };
}

/** Replaces an item (wording, help, weight) or appends a local one to its theme. */
export function putItem(checklist: Checklist, themeId: string, item: Item): Checklist {
  const exists = allItems(checklist).some((other) => other.id === item.id);
  return withItems(checklist, (items, id) => {
    if (exists) return items.map((other) => (other.id === item.id ? item : other));
    return id === themeId ? [...items, item] : items;
  });
}

/** How an adapted checklist differs from its base: what results and comparisons say beside the scores. */
export interface AdaptationSummary {
  /** Base items left out, with the base's wording and the adaptation's reason. */
  hidden: { item: Item; why: PartialLocalizedText }[];
  /** Items the adaptation added: never compared with the base or with other checklists. */
  local: Item[];
  /** Shared items whose question or help the adaptation words its own way. */
  reworded: Item[];
  reweighted: { item: Item; before: number; after: number }[];
}

export function adaptationSummary(adapted: Checklist, base: Checklist): AdaptationSummary {
  const baseItems = new Map(allItems(base).map((item) => [item.id, item]));
  const summary: AdaptationSummary = { hidden: [], local: [], reworded: [], reweighted: [] };
  for (const { item, why } of adapted.adaptation?.hidden ?? []) {
    const baseItem = baseItems.get(item);
    if (baseItem) summary.hidden.push({ item: baseItem, why });
  }
  for (const item of allItems(adapted)) {
    const baseItem = baseItems.get(item.id);
    if (item.local || !baseItem) {
      summary.local.push(item);
      continue;
    }
    if (!sameText(item.text, baseItem.text) || !sameText(item.help, baseItem.help))
      summary.reworded.push(item);
    if (item.weight !== baseItem.weight)
      summary.reweighted.push({ item, before: baseItem.weight, after: item.weight });
  }
  return summary;
}

/** What an adapted checklist says wrong about the base it names (the base must be at hand). */
export function adaptationProblems(adapted: Checklist, base: Checklist): string[] {
  const basedOn = adapted.adaptation?.basedOn;
  if (!basedOn) return ["not an adapted checklist: it has no adaptation.basedOn"];
  const problems: string[] = [];
  if (basedOn.id !== base.id || basedOn.version !== base.version) {
    problems.push(`based on ${basedOn.id} ${basedOn.version}, not on ${base.id} ${base.version}`);
  }
  const baseIds = new Set(allItems(base).map((item) => item.id));
  for (const { item } of adapted.adaptation?.hidden ?? []) {
    if (!baseIds.has(item))
      problems.push(`hidden item "${item}" is not an item of ${base.id} ${base.version}`);
  }
  for (const item of allItems(adapted)) {
    if (item.local && baseIds.has(item.id))
      problems.push(`local item "${item.id}" has the id of a base item`);
    if (!item.local && !baseIds.has(item.id)) {
      problems.push(`"${item.id}" is not an item of ${base.id} ${base.version}: mark it "local": true`);
    }
  }
  return problems;
}

/**
 * What two checklists do not share, for a comparison to name: items only one has (local, or of another
 * version) and the items each hides with its reason. Comparisons are made on the rest.
 */
export interface ComparabilityNotes {
  onlyOwn: Item[];
  onlyOther: Item[];
  hiddenOwn: HiddenItem[];
  hiddenOther: HiddenItem[];
}

export function comparabilityNotes(own: Checklist, other: Checklist): ComparabilityNotes {
  const shared = (item: Item, checklist: Checklist) =>
    !item.local && allItems(checklist).some((candidate) => candidate.id === item.id && !candidate.local);
  return {
    onlyOwn: allItems(own).filter((item) => !shared(item, other)),
    onlyOther: allItems(other).filter((item) => !shared(item, own)),
    hiddenOwn: own.adaptation?.hidden ?? [],
    hiddenOther: other.adaptation?.hidden ?? [],
  };
}

/** A slug from the name the user gave, made unique by a random suffix: two regions may pick the same name. */
export function adaptedChecklistId(name: string, random: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  const suffix = random
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 6);
  return [words || "oma", suffix].join("-");
}
