import { describe, expect, it } from "vitest";
import { createAssessment, isUntouched } from "./assessment";
import { DEFAULT_CALENDAR } from "./plan";

const started = createAssessment(
  { id: "jarjestoystavallinen-kunta", version: "1.0.0" },
  new Date("2026-03-15"),
);

describe("isUntouched", () => {
  it("holds for an assessment just started, whatever its details say", () => {
    expect(isUntouched(started)).toBe(true);
    expect(isUntouched({ ...started, calendar: DEFAULT_CALENDAR.map((event) => ({ ...event })) })).toBe(true);
  });

  it("fails once anything the user did would be lost: a don't know, a target, an action or the annual clock", () => {
    expect(isUntouched({ ...started, answers: { a1: { kind: "dontKnow" } } })).toBe(false);
    expect(isUntouched({ ...started, targets: { a1: 3 } })).toBe(false);
    expect(
      isUntouched({
        ...started,
        actions: [{ id: "x1", what: "Yhdistysilta", responsible: "", status: "planned" }],
      }),
    ).toBe(false);
    expect(isUntouched({ ...started, calendar: started.calendar.slice(1) })).toBe(false);
    const [first, ...rest] = started.calendar;
    if (!first) throw new Error("The default calendar is empty");
    expect(isUntouched({ ...started, calendar: [{ ...first, month: 5 }, ...rest] })).toBe(false);
  });
});
