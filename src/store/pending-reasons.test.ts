import { beforeEach, describe, expect, it } from "vitest";
import { pendingNotes, usePendingReasons } from "./pending-reasons";

beforeEach(() => usePendingReasons.setState(usePendingReasons.getInitialState(), true));

describe("items waiting for a 'not applicable' reason", () => {
  it("keep the typed note per item until the answer is saved", () => {
    const { keep, drop } = usePendingReasons.getState();
    keep("a", "item-1", "Selvitetään");
    keep("a", "item-2", "");
    expect(pendingNotes(usePendingReasons.getState(), "a")).toEqual({
      "item-1": "Selvitetään",
      "item-2": "",
    });
    drop("a", "item-1");
    expect(pendingNotes(usePendingReasons.getState(), "a")).toEqual({ "item-2": "" });
  });

  it("belong to one assessment: another's never show, and opening another starts afresh", () => {
    const { keep, drop } = usePendingReasons.getState();
    keep("a", "item-1", "");
    expect(pendingNotes(usePendingReasons.getState(), "b")).toEqual({});
    expect(pendingNotes(usePendingReasons.getState(), undefined)).toEqual({});
    drop("b", "item-1");
    expect(pendingNotes(usePendingReasons.getState(), "a")).toEqual({ "item-1": "" });
    keep("b", "item-9", "");
    expect(pendingNotes(usePendingReasons.getState(), "a")).toEqual({});
    expect(pendingNotes(usePendingReasons.getState(), "b")).toEqual({ "item-9": "" });
  });
});
