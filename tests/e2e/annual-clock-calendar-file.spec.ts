import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import type { Language } from "../../src/domain/localized";
import { DEFAULT_CALENDAR } from "../../src/domain/plan";
import { AnnualClockPage } from "./pages/annual-clock-page";
import { expectNoViolations } from "./support/axe";
import { persistedState, sampleAssessment } from "./support/checklist";
import { seedStorage } from "./support/storage";

test.describe.configure({ mode: "parallel" });

/** The defaults, one event over New Year and two actions, one of them without a due date. */
function clockAssessment() {
  return {
    ...sampleAssessment(),
    calendar: [
      ...DEFAULT_CALENDAR,
      {
        id: "event-1",
        title: "Kulttuuriavustukset, haku",
        month: 11,
        endMonth: 2,
        note: "Haku verkossa; äöå",
      },
    ],
    actions: [
      {
        id: "action-1",
        what: "Avustusohjeet selkokielisiksi",
        responsible: "hyte-koordinaattori",
        due: "2027-03-15",
        status: "underway" as const,
      },
      { id: "action-2", what: "Järjestöagentit mukaan", responsible: "", status: "planned" as const },
    ],
  };
}

/** The downloaded file's events read back by ical.js, keyed by UID. */
function eventsOf(text: string): Map<string, InstanceType<typeof ICAL.Event>> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new Map(
    calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      return [event.uid, event] as const;
    }),
  );
}

const uid = (kind: string, id: string) => `${kind}.${id}.test-assessment-0001@kumppanuuspeili`;

const expected = {
  fi: {
    fileName: "koski-tl-2026-vuosikello.ics",
    spring: "Kevään yhdistysilta",
    action: "Toimenpide: Avustusohjeet selkokielisiksi",
    description: "Tila: Käynnissä\nVastuu: hyte-koordinaattori",
  },
  sv: {
    fileName: "koski-tl-2026-arsklocka.ics",
    spring: "Vårens föreningskväll",
    action: "Åtgärd: Avustusohjeet selkokielisiksi",
    description: "Status: Pågår\nAnsvar: hyte-koordinaattori",
  },
} as const satisfies Partial<Record<Language, unknown>>;

for (const language of ["fi", "sv"] as const) {
  test(`downloads the annual clock as a calendar file, and axe finds nothing (${language})`, async ({
    context,
    page,
  }) => {
    await seedStorage(context, persistedState(clockAssessment(), language));
    const clock = new AnnualClockPage(page, language);
    await clock.goto();
    await expect(page.getByText(clock.t("annualClock:calendarFile.leftOut", { count: 1 }))).toBeVisible();

    const { fileName, text } = await clock.downloadCalendarFile();
    expect(fileName).toBe(expected[language].fileName);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

    const events = eventsOf(text);
    expect(events.size).toBe(DEFAULT_CALENDAR.length + 2);
    const spring = events.get(uid("event", "spring-association-evening"));
    expect(spring?.summary).toBe(expected[language].spring);
    expect(spring?.isRecurring()).toBe(true);
    const springDates = spring?.iterator();
    expect([springDates?.next()?.toString(), springDates?.next()?.toString()]).toEqual([
      "2026-04-01",
      "2027-04-01",
    ]);
    expect(spring?.endDate.toString()).toBe("2026-05-01");

    const overNewYear = events.get(uid("event", "event-1"));
    expect(overNewYear?.summary).toBe("Kulttuuriavustukset, haku");
    expect(overNewYear?.description).toContain("Haku verkossa; äöå");
    expect([overNewYear?.startDate.toString(), overNewYear?.endDate.toString()]).toEqual([
      "2026-11-01",
      "2027-03-01",
    ]);

    const action = events.get(uid("action", "action-1"));
    expect(action?.summary).toBe(expected[language].action);
    expect(action?.description).toBe(expected[language].description);
    expect(action?.isRecurring()).toBe(false);
    expect([action?.startDate.toString(), action?.endDate.toString()]).toEqual(["2027-03-15", "2027-03-16"]);
    expect(events.has(uid("action", "action-2"))).toBe(false);

    await expect(page.getByRole("status").filter({ hasText: fileName })).toBeVisible();
    await expectNoViolations(page, `annual clock after the calendar download (${language})`);
  });
}
