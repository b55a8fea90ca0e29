import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Assessment } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import { type Action, DEFAULT_CALENDAR } from "../../domain/plan";
import { downloadBlob } from "../../ui/download";
import AnnualClockPage from "./annual-clock-page";

vi.mock("../../ui/download", () => ({ downloadBlob: vi.fn() }));

const actions: Action[] = [
  {
    id: "action-1",
    what: "Päivitetään avustusohjeet selkokielisiksi",
    responsible: "hyte-koordinaattori",
    due: "2027-03-15",
    status: "underway",
  },
  { id: "action-2", what: "Kutsutaan järjestöagentit", responsible: "", status: "planned" },
  { id: "action-3", what: "Kysely yhdistyksille", responsible: "", status: "done" },
];

function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: "jarjestoystavallinen-kunta", version: "1.0.0" },
    meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    answers: {},
    targets: {},
    actions,
    calendar: DEFAULT_CALENDAR.map((event) => ({ ...event })),
    updatedAt: "2026-11-23T12:00:00.000Z",
    ...overrides,
  };
}

/** Clicks the button and returns the downloaded file's name and its lines, unfolded. */
async function download(name: string, state: Assessment, language: Language) {
  renderWithApp(<AnnualClockPage />, { language, state: { assessment: state } });
  await userEvent.setup().click(screen.getByRole("button", { name }));
  const [fileName, blob] = vi.mocked(downloadBlob).mock.lastCall ?? [];
  if (!blob) throw new Error("nothing was downloaded");
  expect(blob.type).toBe("text/calendar;charset=utf-8");
  const text = await blob.text();
  return { fileName, text, lines: text.replace(/\r\n /g, "").split("\r\n") };
}

beforeEach(() => vi.mocked(downloadBlob).mockReset());

describe("CalendarDownload", () => {
  it("downloads the clock and the dated actions in Finnish, and says what it left out", async () => {
    const { fileName, text, lines } = await download("Lataa kalenteriin (.ics)", assessment(), "fi");
    expect(fileName).toBe("koski-tl-2026-vuosikello.ics");
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(lines).toContain("X-WR-CALNAME:Koski Tl: vuosikello 2026");
    expect(lines).toContain("SUMMARY;LANGUAGE=fi:Kevään yhdistysilta");
    expect(lines).toContain("SUMMARY;LANGUAGE=fi:Avustusten hakuaika");
    expect(lines).toContain("DESCRIPTION;LANGUAGE=fi:Jakso: tammikuu–helmikuu");
    expect(lines).toContain("SUMMARY;LANGUAGE=fi:Toimenpide: Päivitetään avustusohjeet selkokielisiksi");
    expect(lines).toContain("DESCRIPTION;LANGUAGE=fi:Tila: Käynnissä\\nVastuu: hyte-koordinaattori");
    expect(lines).toContain("UID:action.action-1.test-assessment-0001@kumppanuuspeili");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(DEFAULT_CALENDAR.length + 1);
    expect(lines.filter((line) => line === "RRULE:FREQ=YEARLY")).toHaveLength(DEFAULT_CALENDAR.length);
    expect(text).not.toContain("Kutsutaan järjestöagentit");

    expect(screen.getByRole("button", { name: "Lataa kalenteriin (.ics)" })).toHaveAccessibleDescription(
      expect.stringContaining("Outlookiin ja Google-kalenteriin"),
    );
    expect(
      screen.getByText(/2 toimenpidettä jää pois, koska niillä ei ole määräpäivää\./),
    ).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Kalenteritiedosto ladattu: koski-tl-2026-vuosikello.ics.",
    );
  });

  it("downloads the file in Swedish, with the Swedish file name", async () => {
    const { fileName, lines } = await download("Ladda ner till kalendern (.ics)", assessment(), "sv");
    expect(fileName).toBe("koski-tl-2026-arsklocka.ics");
    expect(lines).toContain("PRODID:-//Kumppanuuspeili//Vuosikello//SV");
    expect(lines).toContain("X-WR-CALNAME:Koski Tl: årsklocka 2026");
    expect(lines).toContain("SUMMARY;LANGUAGE=sv:Vårens föreningskväll");
    expect(lines).toContain("SUMMARY;LANGUAGE=sv:Höstens föreningskväll: nästa års årsklocka");
    expect(lines).toContain("SUMMARY;LANGUAGE=sv:Åtgärd: Päivitetään avustusohjeet selkokielisiksi");
    expect(lines).toContain("DESCRIPTION;LANGUAGE=sv:Status: Pågår\\nAnsvar: hyte-koordinaattori");
    expect(
      screen.getByText(/2 åtgärder kommer inte med eftersom de saknar förfallodag\./),
    ).toBeInTheDocument();
  });

  it("says when no action is left out, and names the file by year alone without a municipality", async () => {
    const dated = assessment({
      meta: { municipality: "", year: 2027, respondentRole: "municipality", date: "2027-01-10" },
      actions: actions.slice(0, 1),
    });
    const { fileName, lines } = await download("Download to calendar (.ics)", dated, "en");
    expect(fileName).toBe("2027-annual-clock.ics");
    expect(lines).toContain("X-WR-CALNAME:Annual clock 2027");
    expect(lines).toContain("DTSTART;VALUE=DATE:20270401");
    expect(screen.getByText(/at the moment every action has one\./)).toBeInTheDocument();
  });
});
