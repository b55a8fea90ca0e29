import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Assessment } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import { type Action, type CalendarEvent, DEFAULT_CALENDAR } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import AnnualClockPage from "./annual-clock-page";

function assessmentWith(calendar: readonly CalendarEvent[], actions: Action[] = []): Assessment {
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: "jarjestoystavallinen-kunta", version: "1.0.0" },
    meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    answers: {},
    targets: {},
    actions,
    calendar: calendar.map((event) => ({ ...event })),
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}

function renderClock(assessment: Assessment | null, language: Language = "fi") {
  renderWithApp(<AnnualClockPage />, { language, state: { assessment } });
  return userEvent.setup();
}

/** One month's card, found by its heading. */
function month(name: string) {
  const heading = screen.getByRole("heading", { level: 3, name });
  return within(heading.closest("li") as HTMLElement);
}

function savedCalendar(): CalendarEvent[] {
  return useAppStore.getState().assessment?.calendar ?? [];
}

describe("AnnualClockPage", () => {
  it("shows the default events under their months, in Finnish, and cites the seed", () => {
    renderClock(assessmentWith(DEFAULT_CALENDAR));
    expect(screen.getByRole("heading", { level: 1, name: "Vuosikello" })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Tammikuu",
      "Helmikuu",
      "Maaliskuu",
      "Huhtikuu",
      "Toukokuu",
      "Kesäkuu",
      "Heinäkuu",
      "Elokuu",
      "Syyskuu",
      "Lokakuu",
      "Marraskuu",
      "Joulukuu",
    ]);
    expect(month("Huhtikuu").getByText("Kevään yhdistysilta")).toBeInTheDocument();
    expect(
      month("Lokakuu").getByText("Syksyn yhdistysilta: seuraavan vuoden vuosikello"),
    ).toBeInTheDocument();
    expect(
      month("Maaliskuu").getByText("Hyvinvointikertomus: yhdistysten näkemykset mukaan"),
    ).toBeInTheDocument();
    expect(month("Tammikuu").getByText("Jakso: tammikuu–helmikuu")).toBeInTheDocument();
    expect(month("Helmikuu").getByText("Avustusten hakuaika")).toBeInTheDocument();
    expect(month("Kesäkuu").getByText("Ei merkintöjä.")).toBeInTheDocument();
    expect(
      screen.getByText(/^Syksyn tapaamisessa käydään läpi seuraavan vuoden vuosikello/),
    ).toBeInTheDocument();
    // A source that names no publisher is named by its title alone.
    expect(screen.getByText("Kunnan ja yhdistysten yhteistyörakenteet")).toBeInTheDocument();
    expect(screen.queryByText(/Julkaisija ei mainittu/)).not.toBeInTheDocument();
  });

  it("shows the default events under their months in Swedish", () => {
    renderClock(assessmentWith(DEFAULT_CALENDAR), "sv");
    expect(screen.getByRole("heading", { level: 1, name: "Årsklocka" })).toBeInTheDocument();
    expect(month("April").getByText("Vårens föreningskväll")).toBeInTheDocument();
    expect(month("Oktober").getByText("Höstens föreningskväll: nästa års årsklocka")).toBeInTheDocument();
    expect(month("Januari").getByText("Period: januari–februari")).toBeInTheDocument();
    expect(month("Februari").getByText("Ansökningstid för bidrag")).toBeInTheDocument();
    expect(screen.getByText("Samarbetsstrukturer mellan kommunen och föreningarna")).toBeInTheDocument();
  });

  it("shows a period over New Year in each of its months, later months as continuing, without controls", () => {
    renderClock(assessmentWith([{ id: "event-1", title: "Kulttuuriavustukset", month: 11, endMonth: 2 }]));
    for (const name of ["Marraskuu", "Joulukuu", "Tammikuu", "Helmikuu"]) {
      expect(month(name).getByText("Kulttuuriavustukset")).toBeInTheDocument();
    }
    expect(month("Marraskuu").getByText("Jakso: marraskuu–helmikuu")).toBeInTheDocument();
    expect(month("Tammikuu").getByText(/^Jatkuu edelliseltä kuukaudelta/)).toBeInTheDocument();
    expect(month("Tammikuu").queryByRole("button")).not.toBeInTheDocument();
    expect(month("Maaliskuu").queryByText("Kulttuuriavustukset")).not.toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Muokkaa: Kulttuuriavustukset" })).toHaveLength(1);
  });

  it("shows an action in its due month and counts the actions without a due date", () => {
    renderClock(
      assessmentWith(
        [],
        [
          {
            id: "action-1",
            what: "Päivitetään avustusohjeet selkokielisiksi",
            responsible: "hyte-koordinaattori",
            due: "2027-03-15",
            status: "underway",
          },
          { id: "action-2", what: "Kutsutaan järjestöagentit", responsible: "", status: "planned" },
          { id: "action-3", what: "Kysely yhdistyksille", responsible: "", status: "done" },
        ],
      ),
    );
    const march = month("Maaliskuu");
    expect(march.getByText("Päivitetään avustusohjeet selkokielisiksi")).toBeInTheDocument();
    expect(march.getByText("15. maaliskuuta 2027")).toHaveAttribute("datetime", "2027-03-15");
    expect(march.getByText("Tila: Käynnissä · Vastuu: hyte-koordinaattori")).toBeInTheDocument();
    expect(screen.queryByText("Kutsutaan järjestöagentit")).not.toBeInTheDocument();
    expect(screen.getByText(/2 toimenpiteellä ei ole määräpäivää/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Siirry kehittämissuunnitelmaan" })).toHaveAttribute(
      "href",
      "#/plan",
    );
  });

  it("explains the dial's marks in a legend", () => {
    const actions: Action[] = [
      { id: "action-1", what: "Ohjeet", responsible: "", due: "2027-03-15", status: "planned" },
    ];
    renderClock(assessmentWith(DEFAULT_CALENDAR, actions));
    const dial = document.querySelector(".clock-dial") as HTMLElement;
    // The months below are the content; the dial and its legend are for the eye.
    expect(dial).toHaveAttribute("aria-hidden", "true");
    expect(
      within(dial)
        .getAllByRole("listitem", { hidden: true })
        .map((li) => li.textContent),
    ).toEqual([
      "Tapahtuma tässä kuussa",
      "Toimenpiteen määräpäivä tässä kuussa",
      "Ei merkintöjä",
      "Numerot ovat kuukaudet, tammikuu ylhäällä, ja vuosi kulkee myötäpäivään.",
    ]);
    // The legend's marks are the dial's: a dot for March's action, a rim on the months with events.
    const face = dial.querySelector(":scope > svg") as SVGElement;
    expect(face.querySelectorAll(".clock-dial-action")).toHaveLength(1);
    expect(face.querySelectorAll(".clock-dial-rim").length).toBeGreaterThan(0);
  });

  it("explains the dial in Swedish", () => {
    renderClock(assessmentWith(DEFAULT_CALENDAR), "sv");
    const legend = document.querySelector(".clock-legend") as HTMLElement;
    expect(legend).toHaveTextContent("Evenemang den här månaden");
    expect(legend).toHaveTextContent("Siffrorna är månaderna, januari högst upp, och året går medsols.");
  });

  it("adds an event of the user's own to its month and moves focus to it", async () => {
    const user = renderClock(assessmentWith(DEFAULT_CALENDAR));
    await user.click(screen.getByRole("button", { name: "Lisää tapahtuma" }));
    const form = within(screen.getByRole("form", { name: "Uusi tapahtuma" }));
    expect(form.getByRole("textbox", { name: "Nimi" })).toHaveFocus();
    await user.type(form.getByRole("textbox", { name: "Nimi" }), "Kylän markkinat");
    await user.selectOptions(form.getByRole("combobox", { name: "Kuukausi" }), "Elokuu");
    await user.type(form.getByRole("textbox", { name: "Lisätieto (vapaaehtoinen)" }), "Torilla");
    await user.click(form.getByRole("button", { name: "Lisää vuosikelloon" }));

    expect(screen.queryByRole("form", { name: "Uusi tapahtuma" })).not.toBeInTheDocument();
    expect(month("Elokuu").getByText("Kylän markkinat")).toBeInTheDocument();
    expect(month("Elokuu").getByText("Torilla")).toBeInTheDocument();
    expect(month("Elokuu").getByRole("button", { name: "Muokkaa: Kylän markkinat" })).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Lisätty vuosikelloon: Kylän markkinat (elokuu).");
    expect(savedCalendar().at(-1)).toEqual({
      id: "event-1",
      title: "Kylän markkinat",
      month: 8,
      note: "Torilla",
    });
  });

  it("refuses an event of the user's own without a name, in Swedish, and saves nothing", async () => {
    const user = renderClock(assessmentWith(DEFAULT_CALENDAR), "sv");
    await user.click(screen.getByRole("button", { name: "Lägg till en händelse" }));
    const form = within(screen.getByRole("form", { name: "Ny händelse" }));
    await user.click(form.getByRole("button", { name: "Lägg till i årsklockan" }));

    const title = form.getByRole("textbox", { name: "Namn" });
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription(expect.stringContaining("Skriv ett namn på händelsen."));
    expect(title).toHaveFocus();
    expect(form.getByRole("combobox", { name: "Månad" })).toHaveAccessibleDescription(
      "Välj en månad i listan.",
    );
    expect(savedCalendar()).toHaveLength(DEFAULT_CALENDAR.length);
  });

  it("gives a template event a name of its own, and clearing it brings back the translated name", async () => {
    const user = renderClock(assessmentWith(DEFAULT_CALENDAR));
    await user.click(screen.getByRole("button", { name: "Muokkaa: Kevään yhdistysilta" }));
    const form = within(screen.getByRole("form", { name: "Muokkaa: Kevään yhdistysilta" }));
    const title = form.getByRole("textbox", { name: "Oma nimi (vapaaehtoinen)" });
    expect(title).toHaveAccessibleDescription("Jätä tyhjäksi, niin nimenä on oletus: Kevään yhdistysilta");
    await user.type(title, "Yhdistysilta ja kevätkahvit");
    await user.selectOptions(form.getByRole("combobox", { name: "Kuukausi" }), "Toukokuu");
    await user.click(form.getByRole("button", { name: "Tallenna" }));

    expect(month("Toukokuu").getByText("Yhdistysilta ja kevätkahvit")).toBeInTheDocument();
    expect(month("Huhtikuu").queryByText("Yhdistysilta ja kevätkahvit")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Muokkaa: Yhdistysilta ja kevätkahvit" })).toHaveFocus();
    expect(savedCalendar()[0]).toEqual({
      id: "spring-association-evening",
      template: "springAssociationEvening",
      title: "Yhdistysilta ja kevätkahvit",
      month: 5,
    });

    await user.click(screen.getByRole("button", { name: "Muokkaa: Yhdistysilta ja kevätkahvit" }));
    await user.clear(screen.getByRole("textbox", { name: "Oma nimi (vapaaehtoinen)" }));
    await user.click(screen.getByRole("button", { name: "Tallenna" }));
    expect(month("Toukokuu").getByText("Kevään yhdistysilta")).toBeInTheDocument();
    expect(savedCalendar()[0]?.title).toBe("");
  });

  it("deletes an event only after the user confirms", async () => {
    const user = renderClock(assessmentWith(DEFAULT_CALENDAR));
    await user.click(screen.getByRole("button", { name: "Poista: Avustusten hakuaika" }));
    const dialog = within(screen.getByRole("dialog", { name: "Poistetaanko tapahtuma?" }));
    expect(dialog.getByText(/^”Avustusten hakuaika” poistetaan vuosikellosta/)).toBeInTheDocument();
    await user.click(dialog.getByRole("button", { name: "Peruuta" }));
    expect(savedCalendar()).toHaveLength(DEFAULT_CALENDAR.length);

    await user.click(screen.getByRole("button", { name: "Poista: Avustusten hakuaika" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Poistetaanko tapahtuma?" })).getByRole("button", {
        name: "Poista",
      }),
    );
    expect(month("Tammikuu").queryByText("Avustusten hakuaika")).not.toBeInTheDocument();
    expect(month("Helmikuu").queryByText("Avustusten hakuaika")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Tammikuu" })).toHaveFocus();
    expect(savedCalendar().map((event) => event.id)).not.toContain("grant-application-period");
    expect(screen.getByRole("status")).toHaveTextContent("Poistettu: Avustusten hakuaika.");
  });

  it("says in every language that nothing is missing when every default date is there", async () => {
    for (const [language, name, text] of [
      ["fi", "Palauta oletuspäivät", "Kaikki oletuspäivät ovat jo vuosikellossa."],
      ["sv", "Återställ standarddatumen", "Alla standarddatum finns redan i årsklockan."],
      ["en", "Restore the default dates", "All default dates are already on the annual clock."],
    ] as const) {
      const user = renderClock(assessmentWith(DEFAULT_CALENDAR), language);
      await user.click(screen.getByRole("button", { name }));
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
      const said = screen.getByRole("status").firstElementChild;
      expect(said).toHaveTextContent(text);
      // Pressed again: the same words in a new node, so a screen reader says them again.
      await user.click(screen.getByRole("button", { name }));
      expect(screen.getByRole("status").firstElementChild).not.toBe(said);
      expect(screen.getByRole("status")).toHaveTextContent(text);
      expect(savedCalendar()).toEqual(DEFAULT_CALENDAR);
      cleanup();
    }
  });

  it("restores the missing defaults without touching the user's own or edited events", async () => {
    const own: CalendarEvent = { id: "event-1", title: "Kylän markkinat", month: 8 };
    const editedSpring: CalendarEvent = {
      id: "spring-association-evening",
      template: "springAssociationEvening",
      title: "Kevätilta",
      month: 5,
    };
    const user = renderClock(assessmentWith([editedSpring, own]));
    await user.click(screen.getByRole("button", { name: "Palauta oletuspäivät" }));
    const dialog = within(screen.getByRole("dialog", { name: "Palautetaanko oletuspäivät?" }));
    expect(
      dialog.getByText(
        /: Syksyn yhdistysilta: seuraavan vuoden vuosikello, Avustusten hakuaika, Hyvinvointikertomus: yhdistysten näkemykset mukaan\./,
      ),
    ).toBeInTheDocument();
    await user.click(dialog.getByRole("button", { name: "Palauta" }));

    expect(savedCalendar()).toEqual([editedSpring, own, ...DEFAULT_CALENDAR.slice(1)]);
    expect(
      month("Lokakuu").getByText("Syksyn yhdistysilta: seuraavan vuoden vuosikello"),
    ).toBeInTheDocument();
    expect(month("Huhtikuu").getByText("Ei merkintöjä.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Palautettiin 3 oletuspäivää.");

    await user.click(screen.getByRole("button", { name: "Palauta oletuspäivät" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Kaikki oletuspäivät ovat jo vuosikellossa.");
    expect(savedCalendar()).toHaveLength(5);
  });

  it("without a saved assessment explains and links to the start page", () => {
    renderClock(null);
    expect(screen.getByText("Arviointia ei ole vielä aloitettu")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Aloita arviointi etusivulta" })).toHaveAttribute("href", "#/");
    expect(screen.queryByRole("heading", { level: 3 })).not.toBeInTheDocument();
  });
});
