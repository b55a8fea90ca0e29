import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import { ALL_ACTIONS, arrangeActions, isFiltered, NO_THEME } from "./action-view";
import type { Action } from "./plan";

const checklist = buildChecklist(PIENI_KUNTA);
// In the order they were added: a support action, a free one, a premises one, two cooperation ones.
const actions: Action[] = [
  { id: "t1", what: "Tuki", responsible: "", status: "underway", due: "2027-05-01", itemId: "b1" },
  { id: "f1", what: "Oma", responsible: "", status: "planned" },
  { id: "c1", what: "Tilat", responsible: "", status: "done", due: "2027-02-01", itemId: "c2" },
  { id: "y1", what: "Ilta", responsible: "", status: "planned", itemId: "a1" },
  { id: "y2", what: "Kysely", responsible: "", status: "planned", due: "2027-03-15", itemId: "a3" },
];
const ids = (list: readonly Action[]) => list.map((action) => action.id);

describe("arrangeActions", () => {
  it("shows every action in the order added by default", () => {
    expect(ids(arrangeActions(actions, ALL_ACTIONS, checklist))).toEqual(["t1", "f1", "c1", "y1", "y2"]);
    expect(isFiltered(ALL_ACTIONS)).toBe(false);
  });

  it("sorts by due date with the undated last, keeping their added order", () => {
    const view = { ...ALL_ACTIONS, sort: "due" as const };
    expect(ids(arrangeActions(actions, view, checklist))).toEqual(["c1", "y2", "t1", "f1", "y1"]);
  });

  it("sorts by status (planned, underway, done), then by due date", () => {
    const view = { ...ALL_ACTIONS, sort: "status" as const };
    expect(ids(arrangeActions(actions, view, checklist))).toEqual(["y2", "f1", "y1", "t1", "c1"]);
  });

  it("sorts by the checklist's theme order, actions without an item last", () => {
    const view = { ...ALL_ACTIONS, sort: "theme" as const };
    expect(ids(arrangeActions(actions, view, checklist))).toEqual(["y2", "y1", "t1", "c1", "f1"]);
  });

  it("filters by status and by theme, or to the actions with no item", () => {
    expect(ids(arrangeActions(actions, { ...ALL_ACTIONS, status: "planned" }, checklist))).toEqual([
      "f1",
      "y1",
      "y2",
    ]);
    expect(ids(arrangeActions(actions, { ...ALL_ACTIONS, themeId: "yhteistyo" }, checklist))).toEqual([
      "y1",
      "y2",
    ]);
    expect(ids(arrangeActions(actions, { ...ALL_ACTIONS, themeId: NO_THEME }, checklist))).toEqual(["f1"]);
    const both = { sort: "due" as const, status: "planned" as const, themeId: "yhteistyo" };
    expect(ids(arrangeActions(actions, both, checklist))).toEqual(["y2", "y1"]);
    expect(isFiltered(both)).toBe(true);
  });

  it("counts an action whose item left the checklist as one without a theme", () => {
    const orphan: Action = {
      id: "o1",
      what: "Vanha",
      responsible: "",
      status: "planned",
      itemId: "poistettu",
    };
    expect(ids(arrangeActions([orphan], { ...ALL_ACTIONS, themeId: NO_THEME }, checklist))).toEqual(["o1"]);
  });

  it("leaves the stored list as it was", () => {
    const copy = [...actions];
    arrangeActions(actions, { ...ALL_ACTIONS, sort: "due" }, checklist);
    expect(actions).toEqual(copy);
  });
});
