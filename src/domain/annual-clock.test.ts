import { describe, expect, it } from "vitest";
import { annualClock } from "./annual-clock";
import type { Action, CalendarEvent } from "./plan";

const calendar: CalendarEvent[] = [
  { id: "spring", template: "springAssociationEvening", title: "", month: 4 },
  { id: "grants", title: "Avustukset", month: 12, endMonth: 1 },
];
const actions: Action[] = [
  { id: "a2", what: "Syysilta", responsible: "", status: "planned", due: "2027-04-20" },
  { id: "a1", what: "Kutsu", responsible: "", status: "planned", due: "2027-04-02" },
  { id: "a3", what: "Ilman päivää", responsible: "", status: "planned" },
];

function summary(month: ReturnType<typeof annualClock>[number] | undefined) {
  return month?.entries.map((entry) =>
    entry.kind === "event"
      ? `${entry.event.id}${entry.isStart ? "" : "…"}`
      : `${entry.action.id}@${entry.day}`,
  );
}

describe("annualClock", () => {
  const clock = annualClock(calendar, actions);

  it("has twelve months", () => {
    expect(clock.map((month) => month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("puts a period in every month it covers, over New Year too", () => {
    expect(summary(clock[11])).toEqual(["grants"]);
    expect(summary(clock[0])).toEqual(["grants…"]);
  });

  it("lists actions by due date after the month's events; undated actions are not on the clock", () => {
    expect(summary(clock[3])).toEqual(["spring", "a1@2", "a2@20"]);
    expect(clock.flatMap((month) => month.entries).filter((entry) => entry.kind === "action")).toHaveLength(
      2,
    );
  });
});
