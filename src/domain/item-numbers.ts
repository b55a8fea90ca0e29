import type { Checklist, Item } from "./checklist";

/** Item numbers such as "2.5" (theme 2, item 5), as the PDF report and the import's problems print them. */
export function itemNumbers(themes: readonly { items: readonly { id: string }[] }[]): Map<string, string> {
  return new Map(themes.flatMap((theme, t) => theme.items.map((item, i) => [item.id, `${t + 1}.${i + 1}`])));
}

/** The numbers with the items themselves. */
export function numberedItems(
  checklist: Pick<Checklist, "themes">,
): Map<string, { number: string; item: Item }> {
  const numbers = itemNumbers(checklist.themes);
  return new Map(
    checklist.themes.flatMap((theme) =>
      theme.items.map((item) => [item.id, { number: numbers.get(item.id) ?? "", item }] as const),
    ),
  );
}
