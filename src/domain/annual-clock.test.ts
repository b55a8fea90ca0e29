import { describe, expect, it } from "vitest";
import { annualClock, missingDefaultEvents } from "./annual-clock";
import { type Action, type CalendarEvent, DEFAULT_CALENDAR } from "./plan";

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

describe("missingDefaultEvents", () => {
  it("has nothing to add to the defaults themselves", () => {
    expect(missingDefaultEvents(DEFAULT_CALENDAR)).toEqual([]);
  });

  it("adds back only the templates no event uses, leaving edited and custom events alone", () => {
    const edited: CalendarEvent[] = [
      {
        id: "spring-association-evening",
        template: "springAssociationEvening",
        title: "Kevätilta",
        month: 5,
      },
      { id: "event-1", title: "Kylätapahtuma", month: 6 },
    ];
    expect(missingDefaultEvents(edited).map((event) => `${event.id}:${event.month}`)).toEqual([
      "autumn-association-evening:10",
      "grant-application-period:1",
      "wellbeing-report:3",
    ]);
  });

  it("gives a restored default a fresh id when one of the user's events holds its id", () => {
    const clash: CalendarEvent[] = [
      { id: "wellbeing-report", title: "Oma", month: 8 },
      { id: "event-1", template: "springAssociationEvening", title: "", month: 4 },
      { id: "event-2", template: "autumnAssociationEvening", title: "", month: 10 },
      { id: "event-3", template: "grantApplicationPeriod", title: "", month: 1 },
    ];
    expect(missingDefaultEvents(clash)).toEqual([
      { id: "event-4", template: "wellbeingReport", title: "", month: 3 },
    ]);
  });
});
