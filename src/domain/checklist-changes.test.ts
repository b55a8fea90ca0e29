import { describe, expect, it } from "vitest";
import { PIENI_KUNTA_1_1 } from "../../tests/fixtures/checklist-versions";
import { ChecklistSchema } from "./checklist";
import { declarationProblems } from "./checklist-changes";
import { parseWith } from "./problems";

/** A copy to break, with its declarations typed as mutable. */
function nextVersion() {
  const { changes, retiredIds, ...checklist } = structuredClone(PIENI_KUNTA_1_1);
  if (!changes || !retiredIds) throw new Error("fixture 1.1.0 declares its changes");
  return { ...checklist, changes, retiredIds };
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
