import * as z from "zod/mini";
import { SemverSchema, SlugSchema } from "./ids";
import { LocalizedTextSchema } from "./localized";

/**
 * How one item of a version relates to the version before it. An item with the same id and the same text is
 * kept without saying so; every other relation is declared, so that answers are never silently reinterpreted.
 */
export const ItemChangeSchema = z.discriminatedUnion("change", [
  /** Same id, other words, same meaning: the answer carries over. */
  z.strictObject({ change: z.literal("reworded"), item: SlugSchema }),
  /** Same id, another question: the answer is kept as a proposal to check. */
  z.strictObject({ change: z.literal("changedMeaning"), item: SlugSchema, why: LocalizedTextSchema }),
  z.strictObject({
    change: z.literal("split"),
    from: SlugSchema,
    into: z.array(SlugSchema).check(z.minLength(2)),
  }),
  z.strictObject({
    change: z.literal("merged"),
    from: z.array(SlugSchema).check(z.minLength(2)),
    into: SlugSchema,
  }),
  z.strictObject({ change: z.literal("removed"), item: SlugSchema, why: LocalizedTextSchema }),
  z.strictObject({ change: z.literal("added"), item: SlugSchema }),
]);
export type ItemChange = z.infer<typeof ItemChangeSchema>;

export const ChecklistChangesSchema = z.strictObject({
  /** The previous version of the same checklist. */
  from: SemverSchema,
  /** The short change log users read. */
  log: LocalizedTextSchema,
  items: z.array(ItemChangeSchema),
});
export type ChecklistChanges = z.infer<typeof ChecklistChangesSchema>;

/** Ids that were once items and are not any more; never used again, so an old answer never meets a new question. */
export const RetiredIdsSchema = z.array(SlugSchema);

/** The old ids a change takes out of use. */
export function retiredBy(change: ItemChange): string[] {
  switch (change.change) {
    case "split":
      return [change.from];
    case "merged":
      return change.from;
    case "removed":
      return [change.item];
    default:
      return [];
  }
}

/** The ids of this version a change names as its items. */
export function itemsNamedBy(change: ItemChange): string[] {
  switch (change.change) {
    case "split":
      return change.into;
    case "merged":
      return [change.into];
    case "removed":
      return [];
    default:
      return [change.item];
  }
}

/** The ids of the previous version a change speaks of. */
export function oldItemsNamedBy(change: ItemChange): string[] {
  switch (change.change) {
    case "added":
      return [];
    case "split":
    case "merged":
      return retiredBy(change);
    default:
      return [change.item];
  }
}

/** The ids a change brings into use: they must not have been items before. */
export function newItemsNamedBy(change: ItemChange): string[] {
  return change.change === "added" || change.change === "split" || change.change === "merged"
    ? itemsNamedBy(change)
    : [];
}

/** Where a declaration is wrong within its own file, for the checklist's schema to report. */
export interface DeclarationProblem {
  path: (string | number)[];
  message: string;
}

/**
 * What one file can say about its declarations without the previous version: a retired id is not an item,
 * every id a change names as this version's is one, and every id a change retires is listed as retired.
 */
export function declarationProblems(checklist: {
  themes: readonly { items: readonly { id: string }[] }[];
  changes?: ChecklistChanges;
  retiredIds?: readonly string[];
}): DeclarationProblem[] {
  const items = new Set(checklist.themes.flatMap((theme) => theme.items.map((item) => item.id)));
  const retired = new Set(checklist.retiredIds ?? []);
  const problems: DeclarationProblem[] = [];
  (checklist.retiredIds ?? []).forEach((id, i) => {
    if (items.has(id)) problems.push({ path: ["retiredIds", i], message: `retired id "${id}" is an item` });
  });
  (checklist.changes?.items ?? []).forEach((change, c) => {
    for (const id of itemsNamedBy(change)) {
      if (!items.has(id)) {
        problems.push({ path: ["changes", "items", c], message: `"${id}" is not an item of this version` });
      }
    }
    for (const id of retiredBy(change)) {
      if (!retired.has(id)) {
        problems.push({ path: ["changes", "items", c], message: `"${id}" is not listed in retiredIds` });
      }
    }
  });
  return problems;
}
