import { describe, expect, it } from "vitest";
import { buildChecklist } from "../../tests/fixtures/build-checklist";
import { ChecklistSchema } from "./checklist";
import { declarationProblems } from "./checklist-changes";
import { parseWith } from "./problems";

const text = (value: string) => ({ fi: value, sv: value, en: value });

/** pieni-kunta 1.1.0: a1 split into a1a and a1b, a2 and a3 merged into a23, a4 removed, b1 reworded, d1 added. */
function nextVersion() {
  const checklist = buildChecklist(
    [
      {
        id: "yhteistyo",
        items: [
          { id: "a1a", weight: 2 },
          { id: "a1b", weight: 1 },
          { id: "a23", weight: 2 },
        ],
      },
      {
        id: "tuki",
        items: [
          { id: "b1", weight: 2 },
          { id: "b2", weight: 2 },
          { id: "d1", weight: 1 },
        ],
      },
      {
        id: "tilat",
        items: [
          { id: "c1", weight: 1 },
          { id: "c2", weight: 3 },
        ],
      },
    ],
    "pieni-kunta",
    "1.1.0",
  );
  return {
    ...checklist,
    changes: {
      from: "1.0.0",
      log: text("Muutokset"),
      items: [
        { change: "split" as const, from: "a1", into: ["a1a", "a1b"] },
        { change: "merged" as const, from: ["a2", "a3"], into: "a23" },
        { change: "removed" as const, item: "a4", why: text("Ei lähteessä") },
        { change: "reworded" as const, item: "b1" },
        { change: "added" as const, item: "d1" },
      ],
    },
    retiredIds: ["a1", "a2", "a3", "a4"],
  };
}

describe("declarationProblems", () => {
  it("finds nothing wrong in a consistent next version, and the schema accepts it", () => {
    expect(declarationProblems(nextVersion())).toEqual([]);
    expect(parseWith(ChecklistSchema, nextVersion()).ok).toBe(true);
  });

  it("rejects a retired id used again as an item", () => {
    const checklist = { ...nextVersion(), retiredIds: ["a1", "a2", "a3", "a4", "b2"] };
    expect(declarationProblems(checklist)).toEqual([
      { path: ["retiredIds", 4], message: 'retired id "b2" is an item' },
    ]);
  });

  it("rejects a change naming an id this version does not have, and a retired id not listed", () => {
    const checklist = nextVersion();
    checklist.changes.items[0] = { change: "split", from: "a1", into: ["a1a", "a1c"] };
    checklist.retiredIds = ["a1", "a2", "a3"];
    expect(declarationProblems(checklist)).toEqual([
      { path: ["changes", "items", 0], message: '"a1c" is not an item of this version' },
      { path: ["changes", "items", 2], message: '"a4" is not listed in retiredIds' },
    ]);
  });

  it("reports a declaration problem through the schema with its place", () => {
    const checklist = { ...nextVersion(), retiredIds: ["a1", "a2", "a3"] };
    const parsed = parseWith(ChecklistSchema, checklist);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toEqual([
        expect.objectContaining({
          path: "changes.items[2]",
          detail: expect.stringContaining('"a4" is not listed'),
        }),
      ]);
    }
  });

  it("rejects a split into one item and a merge from one", () => {
    const checklist = nextVersion();
    const broken = {
      ...checklist,
      changes: {
        ...checklist.changes,
        items: [
          { change: "split", from: "a1", into: ["a1a"] },
          { change: "merged", from: ["a2"], into: "a23" },
        ],
      },
    };
    const parsed = parseWith(ChecklistSchema, broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map((problem) => problem.path)).toEqual([
        "changes.items[0].into",
        "changes.items[1].from",
      ]);
  });
});
