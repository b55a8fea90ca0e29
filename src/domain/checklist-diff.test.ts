import { describe, expect, it } from "vitest";
import { PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2 } from "../../tests/fixtures/checklist-versions";
import type { Checklist } from "./checklist";
import { diffChecklists, differenceItemText } from "./checklist-diff";
import { versionProblems } from "./version-problems";

const VERSIONS = [PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2];
const text = (value: string) => ({ fi: value, sv: value, en: value });

describe("diffChecklists", () => {
  it("lists a version's declarations in their order, with the version that made them", () => {
    expect(diffChecklists(PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, VERSIONS)).toEqual([
      { kind: "split", from: "a1", into: ["a1a", "a1b"], version: "1.1.0" },
      { kind: "merged", from: ["a2", "a3"], into: "a23", version: "1.1.0" },
      { kind: "removed", item: "a4", why: text("Ei lähteessä"), version: "1.1.0" },
      {
        kind: "reworded",
        item: "b1",
        part: "text",
        before: text("b1"),
        after: text("b1 (1.1.0)"),
        version: "1.1.0",
      },
      {
        kind: "changedMeaning",
        item: "c2",
        why: text("Uusi kysymys"),
        before: text("c2"),
        after: text("c2 (1.1.0)"),
        version: "1.1.0",
      },
      { kind: "added", item: "d1", version: "1.1.0" },
    ]);
  });

  it("lists every step's declarations between versions further apart", () => {
    const differences = diffChecklists(PIENI_KUNTA_1_0, PIENI_KUNTA_1_2, VERSIONS);
    expect(differences.map((difference) => [difference.kind, difference.version])).toEqual([
      ["split", "1.1.0"],
      ["merged", "1.1.0"],
      ["removed", "1.1.0"],
      ["reworded", "1.1.0"],
      ["changedMeaning", "1.1.0"],
      ["added", "1.1.0"],
      ["merged", "1.2.0"],
      ["removed", "1.2.0"],
    ]);
  });

  it("finds moves between themes and new weights by comparing the files", () => {
    const moved: Checklist = structuredClone(PIENI_KUNTA_1_1);
    const [, tuki, tilat] = moved.themes;
    const b2 = tuki?.items.find((item) => item.id === "b2");
    if (!tuki || !tilat || !b2) throw new Error("fixture changed");
    tuki.items = tuki.items.filter((item) => item !== b2);
    tilat.items.push({ ...b2, weight: 3 });
    expect(diffChecklists(PIENI_KUNTA_1_0, moved, [PIENI_KUNTA_1_0, moved]).slice(6)).toEqual([
      { kind: "moved", item: "b2", fromTheme: "tuki", toTheme: "tilat" },
      { kind: "reweighted", item: "b2", before: 2, after: 3 },
    ]);
  });

  it("compares two files with no declarations between them item by item", () => {
    expect(diffChecklists(PIENI_KUNTA_1_1, PIENI_KUNTA_1_0, VERSIONS)).toEqual([
      { kind: "removed", item: "a1a" },
      { kind: "removed", item: "a1b" },
      { kind: "removed", item: "a23" },
      { kind: "reworded", item: "b1", part: "text", before: text("b1 (1.1.0)"), after: text("b1") },
      { kind: "removed", item: "d1" },
      { kind: "reworded", item: "c2", part: "text", before: text("c2 (1.1.0)"), after: text("c2") },
      { kind: "added", item: "a1" },
      { kind: "added", item: "a2" },
      { kind: "added", item: "a3" },
      { kind: "added", item: "a4" },
    ]);
  });

  it("shows the help before and after when only the help of a reworded item changed", () => {
    const helped: Checklist = structuredClone(PIENI_KUNTA_1_1);
    const b2 = helped.themes[1]?.items.find((item) => item.id === "b2");
    if (!b2) throw new Error("fixture changed");
    b2.help = text("b2: uusi ohje");
    expect(diffChecklists(PIENI_KUNTA_1_0, helped, [PIENI_KUNTA_1_0, helped]).at(-1)).toEqual({
      kind: "reworded",
      item: "b2",
      part: "help",
      before: text("b2"),
      after: text("b2: uusi ohje"),
    });
  });

  it("finds nothing between a version and itself", () => {
    expect(diffChecklists(PIENI_KUNTA_1_1, PIENI_KUNTA_1_1, VERSIONS)).toEqual([]);
  });

  it("finds the text of an item only a version in between had", () => {
    expect(differenceItemText("a23", PIENI_KUNTA_1_0, PIENI_KUNTA_1_2, VERSIONS)).toEqual(text("a23"));
    expect(differenceItemText("a1", PIENI_KUNTA_1_0, PIENI_KUNTA_1_2, VERSIONS)).toEqual(text("a1"));
  });
});

/** A copy of 1.1.0 with its declarations edited. */
function edited(
  edit: (checklist: Checklist & { changes: NonNullable<Checklist["changes"]> }) => void,
): Checklist {
  const copy = structuredClone(PIENI_KUNTA_1_1);
  if (!copy.changes) throw new Error("fixture declares its changes");
  edit(copy as Checklist & { changes: NonNullable<Checklist["changes"]> });
  return copy;
}

describe("versionProblems", () => {
  it("accepts the fixture's versions", () => {
    expect(versionProblems(PIENI_KUNTA_1_0, PIENI_KUNTA_1_1)).toEqual([]);
    expect(versionProblems(PIENI_KUNTA_1_1, PIENI_KUNTA_1_2)).toEqual([]);
  });

  it("names an item gone, a changed text and a new item that were not declared", () => {
    const next = edited((checklist) => {
      checklist.changes.items = checklist.changes.items.filter(
        (change) => !("item" in change) || !["a4", "b1", "d1"].includes(change.item),
      );
    });
    expect(versionProblems(PIENI_KUNTA_1_0, next)).toEqual([
      '"a4" of 1.0.0 is gone without a split, merge or removal declared',
      '"b1": its text changed; declare it reworded or changedMeaning',
      '"d1" is new in 1.1.0 but not declared',
    ]);
  });

  it("names a declaration about an item that was not there, or one that already was", () => {
    const next = edited((checklist) => {
      checklist.changes.items.push({ change: "reworded", item: "a9" }, { change: "added", item: "b2" });
    });
    expect(versionProblems(PIENI_KUNTA_1_0, next)).toEqual([
      'reworded "a9": no such item in 1.0.0',
      'added "b2": already an item of 1.0.0',
    ]);
  });

  it("names a wrong previous version and a retired id forgotten", () => {
    const next = structuredClone(PIENI_KUNTA_1_2);
    next.retiredIds = (next.retiredIds ?? []).filter((id) => id !== "a4");
    if (next.changes) next.changes.from = "1.0.0";
    expect(versionProblems(PIENI_KUNTA_1_1, next)).toEqual([
      'changes.from is "1.0.0", the previous version is 1.1.0',
      'retired id "a4" of 1.1.0 is missing from retiredIds',
    ]);
  });
});
