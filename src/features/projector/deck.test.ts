import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import type { Answer, Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { buildDeck, type Slide } from "./deck";

const [checklist] = bundledRegistry.checklists as [Checklist];
const [firstTheme] = checklist.themes as [Checklist["themes"][number]];
/** The first theme's items by position, failing at once if the shipped checklist has fewer. */
function firstThemeItem(index: number): { id: string } {
  const item = firstTheme.items[index];
  if (!item) throw new Error(`the first theme has no item ${index + 1}`);
  return item;
}
const [item1, item2, item3] = [0, 1, 2].map(firstThemeItem) as [
  { id: string },
  { id: string },
  { id: string },
];

function member(
  id: string,
  municipality: string,
  answers: Record<string, Answer>,
  version = checklist.version,
): Assessment {
  return {
    id: `member-${id}`,
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: checklist.id, version },
    meta: { municipality, year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    answers,
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}

function itemSlide(slides: readonly Slide[], itemId: string) {
  const slide = slides.find((candidate) => candidate.kind === "item" && candidate.item.id === itemId);
  if (slide?.kind !== "item") throw new Error(`no slide for ${itemId}`);
  return slide;
}

describe("buildDeck", () => {
  const members = [
    member("a", "Aura", { [item1.id]: { kind: "level", level: 3 } }),
    member("b", "Lieto", { [item1.id]: { kind: "level", level: 2 } }),
    member("c", "Koski Tl", { [item1.id]: { kind: "dontKnow" } }),
    member("d", "Masku", { [item1.id]: { kind: "level", level: 3 } }),
  ];

  it("walks the overview, then each theme followed by its items", () => {
    const deck = buildDeck(members, [checklist]);
    const kinds = deck?.slides.map((slide) => (slide.kind === "item" ? slide.number : slide.kind));
    const expected = ["overview"];
    checklist.themes.forEach((theme, t) => {
      expected.push("theme", ...theme.items.map((_, i) => `${t + 1}.${i + 1}`));
    });
    expect(kinds).toEqual(expected);
    expect(deck?.memberCount).toBe(4);
  });

  it("gives an item's slide its counts and who has it in place", () => {
    const deck = buildDeck(members, [checklist]);
    const slide = itemSlide(deck?.slides ?? [], item1.id);
    // Levels 3, 2, 3 and one don't know: n = 3, median 3 (sorted 2, 3, 3).
    expect(slide.distribution.levels).toEqual({ 0: 0, 1: 0, 2: 1, 3: 2 });
    expect(slide.distribution.dontKnow).toBe(1);
    expect(slide.distribution.n).toBe(3);
    expect(slide.distribution.quartiles?.median).toBe(3);
    expect(slide.inPlace.full.map((m) => m.meta.municipality)).toEqual(["Aura", "Masku"]);
    expect(slide.inPlace.mostly.map((m) => m.meta.municipality)).toEqual(["Lieto"]);
  });

  it("numbers items as the full checklist does when another version lacks one", () => {
    // An older version without the first theme's second item: the deck leaves it out, item 3 stays "1.3".
    const older: Checklist = {
      ...checklist,
      version: "0.9.0",
      themes: checklist.themes.map((theme, t) =>
        t === 0 ? { ...theme, items: theme.items.filter((item) => item.id !== item2.id) } : theme,
      ),
    };
    const deck = buildDeck([...members, member("e", "Sauvo", {}, "0.9.0")], [checklist, older]);
    const slides = deck?.slides ?? [];
    expect(slides.some((slide) => slide.kind === "item" && slide.item.id === item2.id)).toBe(false);
    expect(itemSlide(slides, item3.id).number).toBe("1.3");
    expect(deck?.alignment.notComparable).toEqual([{ itemId: item2.id, versions: ["0.9.0"] }]);
  });

  it("is null when no member answers a shipped checklist", () => {
    expect(buildDeck([member("a", "Aura", {}, "9.9.9")], [checklist])).toBeNull();
  });
});
