import { describe, expect, it } from "vitest";
import { CalendarEventSchema, DEFAULT_CALENDAR, emptyPlan, monthsOf, newId } from "./plan";
import { parseWith } from "./problems";

describe("monthsOf", () => {
  it.each([
    [{ month: 4 }, [4]],
    [{ month: 1, endMonth: 2 }, [1, 2]],
    [{ month: 11, endMonth: 2 }, [11, 12, 1, 2]],
    [{ month: 6, endMonth: 6 }, [6]],
  ])("%j covers %j", (event, months) => {
    expect(monthsOf(event)).toEqual(months);
  });
});

describe("newId", () => {
  it("takes the first free number", () => {
    expect(newId("action", [])).toBe("action-1");
    expect(newId("action", ["action-1", "action-3"])).toBe("action-2");
  });
});

describe("emptyPlan", () => {
  it("starts with the seeds' clock: spring and autumn association evenings, grants, the wellbeing report", () => {
    const plan = emptyPlan();
    expect(plan.targets).toEqual({});
    expect(plan.actions).toEqual([]);
    expect(plan.calendar.map((event) => [event.template, event.month])).toEqual([
      ["springAssociationEvening", 4],
      ["autumnAssociationEvening", 10],
      ["grantApplicationPeriod", 1],
      ["wellbeingReport", 3],
    ]);
  });

  it("gives every assessment its own copy of the defaults", () => {
    const plan = emptyPlan();
    plan.calendar[0] = { ...DEFAULT_CALENDAR[0], month: 5 } as (typeof plan.calendar)[0];
    expect(emptyPlan().calendar[0]?.month).toBe(4);
  });

  it("has defaults that pass the schema", () => {
    for (const event of DEFAULT_CALENDAR) expect(parseWith(CalendarEventSchema, event).ok).toBe(true);
  });
});
