import type { Checklist, Item } from "./checklist";

/** Item numbers such as "2.5" (theme 2, item 5), as the PDF report prints them, with the item itself. */
export function numberedItems(
  checklist: Pick<Checklist, "themes">,
): Map<string, { number: string; item: Item }> {
  return new Map(
    checklist.themes.flatMap((theme, t) =>
      theme.items.map((item, i) => [item.id, { number: `${t + 1}.${i + 1}`, item }] as const),
    ),
  );
}
