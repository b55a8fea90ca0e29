import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  actionsLeftOutOfCalendar,
  type CalendarFileSource,
  type CalendarFileWords,
  calendarFile,
  calendarFileName,
} from "./calendar-file";
import { foldLine } from "./ical-lines";
import { type Action, type CalendarEvent, DEFAULT_CALENDAR } from "./plan";

const NOW = new Date("2026-12-02T18:30:05.123Z");

const words: CalendarFileWords = {
  language: "fi",
  calendarName: "Koski Tl: vuosikello 2026",
  eventTitle: (event) => event.title || `Oletus ${event.template}`,
  eventDescription: (event) => event.note ?? "",
  actionTitle: (action) => `Toimenpide: ${action.what}`,
  actionDescription: (action) => `Tila: ${action.status}\nVastuu: ${action.responsible}`,
};

const actions: Action[] = [
  {
    id: "action-1",
    what: "Avustusohjeet selkokielisiksi",
    responsible: "hyte",
    due: "2027-03-15",
    status: "underway",
  },
  { id: "action-2", what: "Järjestöagentit mukaan", responsible: "", status: "planned" },
  { id: "action-3", what: "Vuoden viimeinen", responsible: "", due: "2026-12-31", status: "planned" },
];

function source(overrides: Partial<CalendarFileSource> = {}): CalendarFileSource {
  return {
    id: "test-assessment-0001",
    meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    calendar: [...DEFAULT_CALENDAR, { id: "event-1", title: "Kulttuuriavustukset", month: 11, endMonth: 2 }],
    actions,
    updatedAt: "2026-11-23T12:00:00.000Z",
    ...overrides,
  };
}

/** The file read back by an independent parser (ical.js, Mozilla's), keyed by UID. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = new Map(
    calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      return [event.uid, { component, event }] as const;
    }),
  );
  return { calendar, events };
}

function eventFor(text: string, uid: string) {
  const found = parse(text).events.get(uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe("calendarFile", () => {
  const file = calendarFile(source(), words, NOW);

  it("is a publishable VCALENDAR with the calendar's name", () => {
    const { calendar } = parse(file.text);
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Kumppanuuspeili//Vuosikello//FI");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Koski Tl: vuosikello 2026");
  });

  it("ends every line with CRLF, and has no bare line feed or carriage return", () => {
    expect(file.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(file.text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(file.text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("makes each clock event a yearly all-day event over its whole months, from the assessment's year", () => {
    const expected: Record<string, [string, string]> = {
      "spring-association-evening": ["2026-04-01", "2026-05-01"],
      "autumn-association-evening": ["2026-10-01", "2026-11-01"],
      "grant-application-period": ["2026-01-01", "2026-03-01"],
      "wellbeing-report": ["2026-03-01", "2026-04-01"],
      // November to February runs over New Year.
      "event-1": ["2026-11-01", "2027-03-01"],
    };
    for (const [id, [start, end]] of Object.entries(expected)) {
      const { component, event } = eventFor(file.text, `event.${id}.test-assessment-0001@kumppanuuspeili`);
      expect(event.startDate.isDate).toBe(true);
      expect([event.startDate.toString(), event.endDate.toString()]).toEqual([start, end]);
      expect(component.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=YEARLY");
      expect(component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    }
    expect(file.text).toContain("DTSTART;VALUE=DATE:20261101\r\nDTEND;VALUE=DATE:20270301\r\n");
  });

  it("repeats an event in the same month every year", () => {
    const { event } = eventFor(
      file.text,
      "event.spring-association-evening.test-assessment-0001@kumppanuuspeili",
    );
    const occurrences = event.iterator();
    const dates = [1, 2, 3].map(() => occurrences.next()?.toString());
    expect(dates).toEqual(["2026-04-01", "2027-04-01", "2028-04-01"]);
  });

  it("gives a December event its end on the 1st of the next January", () => {
    const december = calendarFile(
      source({ calendar: [{ id: "dec", title: "Joulu", month: 12 }], actions: [] }),
      words,
      NOW,
    );
    const { event } = eventFor(december.text, "event.dec.test-assessment-0001@kumppanuuspeili");
    expect([event.startDate.toString(), event.endDate.toString()]).toEqual(["2026-12-01", "2027-01-01"]);
  });

  it("makes each action with a due date a single all-day event on that day, and leaves the others out", () => {
    const march = eventFor(file.text, "action.action-1.test-assessment-0001@kumppanuuspeili");
    expect([march.event.startDate.toString(), march.event.endDate.toString()]).toEqual([
      "2027-03-15",
      "2027-03-16",
    ]);
    expect(march.event.isRecurring()).toBe(false);
    expect(march.event.summary).toBe("Toimenpide: Avustusohjeet selkokielisiksi");
    expect(march.event.description).toBe("Tila: underway\nVastuu: hyte");
    const lastDay = eventFor(file.text, "action.action-3.test-assessment-0001@kumppanuuspeili").event;
    expect([lastDay.startDate.toString(), lastDay.endDate.toString()]).toEqual(["2026-12-31", "2027-01-01"]);

    expect(parse(file.text).events.has("action.action-2.test-assessment-0001@kumppanuuspeili")).toBe(false);
    expect(file).toMatchObject({ eventCount: 5, actionCount: 2, actionsLeftOut: 1 });
    expect(actionsLeftOutOfCalendar(actions)).toBe(1);
  });

  it("takes the titles and descriptions given, and writes the language on them", () => {
    const { component, event } = eventFor(file.text, "event.event-1.test-assessment-0001@kumppanuuspeili");
    expect(event.summary).toBe("Kulttuuriavustukset");
    expect(component.getFirstProperty("summary")?.getParameter("language")).toBe("fi");
    const spring = eventFor(
      file.text,
      "event.spring-association-evening.test-assessment-0001@kumppanuuspeili",
    );
    expect(spring.event.summary).toBe("Oletus springAssociationEvening");
    // An empty description is left out rather than written empty.
    expect(spring.component.hasProperty("description")).toBe(false);
  });

  it("keeps the UIDs from one export to the next and tells assessments apart", () => {
    const uids = [...parse(file.text).events.keys()];
    expect(new Set(uids).size).toBe(7);
    const later = calendarFile(
      source({ updatedAt: "2027-01-05T08:00:00.000Z" }),
      words,
      new Date("2027-01-05"),
    );
    expect([...parse(later.text).events.keys()]).toEqual(uids);
    const other = calendarFile(source({ id: "other-assessment-02" }), words, NOW);
    expect([...parse(other.text).events.keys()].filter((uid) => uids.includes(uid))).toEqual([]);
  });

  it("stamps the export time in UTC and raises SEQUENCE with every saved change", () => {
    const { component } = eventFor(file.text, "event.event-1.test-assessment-0001@kumppanuuspeili");
    expect(file.text).toContain("\r\nDTSTAMP:20261202T183005Z\r\n");
    expect(component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-12-02T18:30:05Z");
    const sequence = (text: string) =>
      Number(
        eventFor(text, "event.event-1.test-assessment-0001@kumppanuuspeili").component.getFirstPropertyValue(
          "sequence",
        ),
      );
    const later = calendarFile(source({ updatedAt: "2026-11-23T12:05:00.000Z" }), words, NOW);
    expect(sequence(later.text) - sequence(file.text)).toBe(5);
  });

  it("escapes backslash, semicolon, comma and line breaks, and reads back the same text", () => {
    const tricky = "Kokous; sali 2, C:\\polku\nToinen rivi\r\nKolmas";
    const escaped = calendarFile(
      source({ calendar: [{ id: "e", title: tricky, month: 5, note: tricky }], actions: [] }),
      words,
      NOW,
    );
    expect(escaped.text).toContain(
      "SUMMARY;LANGUAGE=fi:Kokous\\; sali 2\\, C:\\\\polku\\nToinen rivi\\nKolmas\r\n",
    );
    const { event } = eventFor(escaped.text, "event.e.test-assessment-0001@kumppanuuspeili");
    expect(event.summary).toBe("Kokous; sali 2, C:\\polku\nToinen rivi\nKolmas");
    expect(event.description).toBe("Kokous; sali 2, C:\\polku\nToinen rivi\nKolmas");
  });

  it("folds long lines at 75 octets without splitting ä, ö, å or an emoji, and unfolding restores them", () => {
    const long =
      "Yhdistysten ja kunnan yhteinen syysilta: käydään läpi ensi vuoden vuosikello, avustusten hakuajat, " +
      "tilojen käyttövuorot ja hyvinvointikertomuksen vaiheet. Åbo–Turku, öljy, äänestys 🎉 ääkköset ÄÖÅ äöå.";
    const folded = calendarFile(
      source({
        calendar: [{ id: "long", title: long, month: 9, note: `${long}\n${long}` }],
        actions: [{ id: "a", what: long, responsible: "ÄÖÅ", due: "2027-09-09", status: "planned" }],
      }),
      { ...words, calendarName: long },
      NOW,
    );
    const lines = folded.text.split("\r\n").slice(0, -1);
    for (const line of lines) {
      expect(octets(line), line).toBeLessThanOrEqual(75);
      // A split inside a character would leave a lone surrogate or an invalid UTF-8 sequence.
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(6);
    expect(folded.text.replace(/\r\n /g, "")).toContain(
      `SUMMARY;LANGUAGE=fi:${long.replace(/,/g, "\\,")}\r\n`,
    );

    const { calendar, events } = parse(folded.text);
    // ical.js does not know X-WR-CALNAME's type and leaves its escapes in; the calendars read it as TEXT.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(long.replace(/,/g, "\\,"));
    expect(events.get("event.long.test-assessment-0001@kumppanuuspeili")?.event.summary).toBe(long);
    expect(events.get("event.long.test-assessment-0001@kumppanuuspeili")?.event.description).toBe(
      `${long}\n${long}`,
    );
    expect(events.get("action.a.test-assessment-0001@kumppanuuspeili")?.event.summary).toBe(
      `Toimenpide: ${long}`,
    );
  });

  it("does not crash on bad input: impossible months and dates are left out, an invalid clock is survived", () => {
    const bad = calendarFile(
      source({
        meta: { municipality: "", year: Number.NaN, respondentRole: "municipality", date: "2026-11-23" },
        calendar: [
          { id: "thirteen", title: "Ei kuukautta", month: 13 },
          { id: "end", title: "Loppu väärin", month: 6, endMonth: 0 } as CalendarEvent,
        ],
        actions: [
          { id: "feb30", what: "Ei päivää", responsible: "", due: "2027-02-30", status: "planned" },
          { id: "text", what: "Ei päivää", responsible: "", due: "ensi keväänä", status: "planned" },
        ],
        updatedAt: "not a date",
      }),
      { ...words, calendarName: "" },
      new Date(Number.NaN),
    );
    const { events } = parse(bad.text);
    expect([...events.keys()]).toEqual(["event.end.test-assessment-0001@kumppanuuspeili"]);
    const only = events.get("event.end.test-assessment-0001@kumppanuuspeili")?.event;
    expect([only?.startDate.toString(), only?.endDate.toString()]).toEqual(["2026-06-01", "2026-07-01"]);
    expect(bad).toMatchObject({ eventCount: 1, actionCount: 0, actionsLeftOut: 2 });
    expect(bad.text).toContain("\r\nDTSTAMP:19700101T000000Z\r\n");
  });

  it("strips control characters TEXT may not hold", () => {
    const odd = calendarFile(
      source({ calendar: [{ id: "c", title: "Kello\u0007 ja\ttabulaattori", month: 1 }], actions: [] }),
      words,
      NOW,
    );
    expect(eventFor(odd.text, "event.c.test-assessment-0001@kumppanuuspeili").event.summary).toBe(
      "Kello ja\ttabulaattori",
    );
  });
});

describe("foldLine", () => {
  it("moves a two-octet letter that would end past octet 75 to the next line", () => {
    const line = `${"a".repeat(74)}äb`;
    expect(foldLine(line)).toBe(`${"a".repeat(74)}\r\n äb`);
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
  });
});

describe("calendarFileName", () => {
  it("names the file by municipality, year and the word in the user's language", () => {
    expect(calendarFileName({ municipality: "Koski Tl", year: 2026 }, "vuosikello")).toBe(
      "koski-tl-2026-vuosikello.ics",
    );
    expect(calendarFileName({ municipality: "Pedersöre", year: 2027 }, "årsklocka")).toBe(
      "pedersore-2027-arsklocka.ics",
    );
    expect(calendarFileName({ municipality: "", year: 2026 }, "annual clock")).toBe("2026-annual-clock.ics");
  });
});
