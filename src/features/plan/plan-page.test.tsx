import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Answer, Assessment } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import type { Action } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import { PLAN_ANSWERS, PLAN_CHECKLIST, planAssessment } from "./plan-fixture";
import PlanPage from "./plan-page";

function renderPlan(assessment: Assessment | null, language: Language = "fi") {
  return renderWithApp(<PlanPage />, {
    language,
    state: { assessment, checklistRegistry: { checklists: [PLAN_CHECKLIST], errors: [] } },
  });
}

function topList() {
  const section = screen.getByRole("region", { name: "Tärkeimmät kehityskohteet" });
  return within(section).getAllByRole("listitem");
}

/** The "now" and "target" values of a suggestion. */
function nowAndTarget(element: HTMLElement | undefined) {
  if (!element) throw new Error("no such suggestion");
  return within(element)
    .getAllByRole("definition")
    .map((value) => value.textContent);
}

function topNames() {
  return topList().map((entry) => within(entry).getByText(/^Kohta /).textContent);
}

/** The suggestion cards' headings, in their order on the page. */
function cardNames() {
  return screen.getAllByRole("heading", { level: 4 }).map((heading) => heading.textContent);
}

function card(name: string | RegExp) {
  return within(screen.getByRole("article", { name }));
}

function saved(): Assessment {
  const assessment = useAppStore.getState().assessment;
  if (!assessment) throw new Error("no assessment saved");
  return assessment;
}

const SHIPPED = { id: "jarjestoystavallinen-kunta", version: "1.0.0" };

const ACTION: Action = {
  id: "action-1",
  what: "Nimetään järjestöyhdyshenkilö",
  responsible: "hyvinvointikoordinaattori",
  due: "2027-03-31",
  status: "planned",
  itemId: "a1",
};

describe("PlanPage", () => {
  it("asks to start an assessment when there is none", () => {
    renderPlan(null);
    expect(screen.getByRole("heading", { level: 1, name: "Kehittämissuunnitelma" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Siirry etusivulle aloittamaan" })).toHaveAttribute("href", "#/");
  });

  it("ranks the suggestions by weight × gap, ties in the checklist's order", () => {
    renderPlan(planAssessment(PLAN_ANSWERS));
    const top = topList();
    expect(top.map((entry) => within(entry).getByText(/^Kohta /).textContent)).toEqual([
      "Kohta a1",
      "Kohta b2",
      "Kohta a2",
      "Kohta c2",
      "Kohta b1",
    ]);
    expect(top[0]).toHaveTextContent("Prioriteetti 6 (painoarvo 3 × 2 tasoa tavoitteeseen)");
    expect(top[1]).toHaveTextContent("Prioriteetti 6 (painoarvo 2 × 3 tasoa tavoitteeseen)");
    expect(top[3]).toHaveTextContent("Prioriteetti 3 (painoarvo 3 × 1 taso tavoitteeseen)");
    expect(top[4]).toHaveTextContent("Prioriteetti 2 (painoarvo 2 × 1 taso tavoitteeseen)");
    expect(nowAndTarget(top[0])).toEqual(["Aloitettu", "Täysin käytössä (oletus)"]);
    expect(top[0]).toHaveTextContent("Kehitä a1");

    expect(screen.getByText("5 kohtaa on alle tason ”Täysin käytössä”.")).toBeInTheDocument();
    expect(
      screen.getByText(/^Kohta, jolle ei ole asetettu tavoitetta, tähtää tasoon ”Täysin käytössä”/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Kohta a4" })).not.toBeInTheDocument();
  });

  it("counts the unanswered and don't-know items and links to their themes", () => {
    renderPlan(planAssessment(PLAN_ANSWERS));
    expect(screen.getByText(/^2 kohtaa on vastaamatta tai vastauksena on ”En tiedä”/)).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Pisteyttämättömät kohdat: Yhteistyörakenteet (1 kohta)" }),
    ).toHaveAttribute("href", "#/assessment/theme/yhteistyo");
    expect(
      screen.getByRole("link", { name: "Pisteyttämättömät kohdat: Tilat ja avustukset (1 kohta)" }),
    ).toHaveAttribute("href", "#/assessment/theme/tilat");
    expect(screen.queryByRole("link", { name: /Tukikeinot/ })).not.toBeInTheDocument();
  });

  it("groups by theme or by the cooperation process's phase, citing the process's source", async () => {
    const user = userEvent.setup();
    renderPlan(planAssessment(PLAN_ANSWERS));
    const byTheme = screen.getByRole("radio", { name: "Teemoittain" });
    expect(byTheme).toBeChecked();
    const groupHeadings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    const cardNames = () => screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(groupHeadings()).toEqual(["Yhteistyörakenteet (2)", "Tukikeinot (2)", "Tilat ja avustukset (1)"]);
    expect(cardNames()).toEqual(["Kohta a1", "Kohta a2", "Kohta b2", "Kohta b1", "Kohta c2"]);
    expect(screen.queryByText(/Lähde: Yhteistyön prosessi/)).not.toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Yhteistyöprosessin vaiheittain" }));
    expect(screen.getByRole("group", { name: "Ryhmittele ehdotukset" })).toBeInTheDocument();
    expect(groupHeadings()).toEqual([
      "1. Yhteistyön pohjustaminen (2)",
      "2. Yhteistyöpalaveri (1)",
      "Jatkuva työ (2)",
    ]);
    expect(cardNames()).toEqual(["Kohta a1", "Kohta b2", "Kohta a2", "Kohta c2", "Kohta b1"]);
    expect(screen.getByText("Lähde: Yhteistyön prosessi, Julkaisija")).toBeInTheDocument();
    expect(card("Kohta c2").getByText("Vaihe: Jatkuva työ")).toBeInTheDocument();
  });

  it("keeps the order while a target is changed by mouse, with today's figures, and re-ranks on request", async () => {
    const user = userEvent.setup();
    renderPlan(planAssessment(PLAN_ANSWERS));
    const select = card("Kohta a1").getByRole("combobox", { name: "Tavoite ensi vuodelle" });
    // Only levels above "started", and no target (the default, "fully in place").
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Oletus: Täysin käytössä", "Pääosin käytössä", "Täysin käytössä"]);
    const opened = ["Kohta a1", "Kohta a2", "Kohta b2", "Kohta b1", "Kohta c2"];
    expect(cardNames()).toEqual(opened);
    expect(screen.queryByRole("button", { name: "Järjestä uudelleen" })).not.toBeInTheDocument();

    await user.selectOptions(select, "Pääosin käytössä");
    expect(saved().targets).toEqual({ a1: 2 });
    // a1 is now 3 × 1 = 3, but the list stays as it opened: the same card under the pointer, still focused.
    expect(cardNames()).toEqual(opened);
    expect(topNames()).toEqual(["Kohta a1", "Kohta b2", "Kohta a2", "Kohta c2", "Kohta b1"]);
    expect(select).toHaveFocus();
    expect(card("Kohta a1").getByText("(painoarvo 3 × 1 taso tavoitteeseen)")).toBeInTheDocument();
    expect(topList()[0]).toHaveTextContent("Prioriteetti 3 (painoarvo 3 × 1 taso tavoitteeseen)");
    expect(nowAndTarget(topList()[0])).toEqual(["Aloitettu", "Pääosin käytössä"]);
    expect(screen.getByText(/^Tavoitteet ovat muuttuneet: luvut ovat ajan tasalla/)).toHaveAttribute(
      "role",
      "status",
    );

    await user.click(screen.getByRole("button", { name: "Järjestä uudelleen" }));
    // a1: 3 × 1 = 3, now after b2 (6) and, by the checklist's order, before a2 (3).
    expect(topNames()).toEqual(["Kohta b2", "Kohta a1", "Kohta a2", "Kohta c2", "Kohta b1"]);
    expect(screen.queryByRole("button", { name: "Järjestä uudelleen" })).not.toBeInTheDocument();
    expect(screen.getByText("Ehdotukset on järjestetty uudelleen tärkeysjärjestykseen.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Kaikki kehittämisehdotukset" })).toHaveFocus();

    await user.selectOptions(card("Kohta a1").getByRole("combobox"), "Oletus: Täysin käytössä");
    expect(saved().targets).toEqual({});
  });

  it("keeps the order and the focus while the target is changed with the arrow keys", () => {
    renderPlan(planAssessment(PLAN_ANSWERS));
    const opened = cardNames();
    const a2 = card("Kohta a2").getByRole("combobox", { name: "Tavoite ensi vuodelle" });
    a2.focus();
    // jsdom does not step a select with the arrow keys; Chromium fires a change for each press, as here.
    fireEvent.keyDown(a2, { key: "ArrowDown" });
    fireEvent.change(a2, { target: { value: "1" } });
    expect(saved().targets).toEqual({ a2: 1 });
    expect(a2).toHaveFocus();
    expect(cardNames()).toEqual(opened);
    fireEvent.keyDown(a2, { key: "ArrowDown" });
    fireEvent.change(a2, { target: { value: "2" } });
    expect(saved().targets).toEqual({ a2: 2 });
    expect(a2).toHaveFocus();
    expect(cardNames()).toEqual(opened);
    expect(card("Kohta a2").getByText("(painoarvo 1 × 2 tasoa tavoitteeseen)")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Järjestä uudelleen" })).toBeInTheDocument();
  });

  it("adds an action from a suggestion, filled in with its text and item", async () => {
    const user = userEvent.setup();
    renderPlan(planAssessment(PLAN_ANSWERS));
    const add = card("Kohta b2").getByRole("button", { name: "Lisää toimenpidesuunnitelmaan – Kohta b2" });
    expect(add).toHaveAttribute("aria-expanded", "false");
    await user.click(add);
    expect(add).toHaveAttribute("aria-expanded", "true");

    const form = within(screen.getByRole("form", { name: "Lisää toimenpide" }));
    const what = form.getByRole("textbox", { name: "Mitä tehdään (pakollinen)" });
    expect(what).toHaveValue("Kehitä b2");
    expect(what).toHaveFocus();
    expect(form.getByRole("textbox", { name: "Vastuussa (rooli)" })).toHaveValue("");
    expect(form.getByRole("textbox", { name: "Vastuussa (rooli)" })).toHaveAccessibleDescription(
      /hyvinvointikoordinaattori, järjestöyhdyshenkilö/,
    );
    expect(form.getByRole("radio", { name: "Suunniteltu" })).toBeChecked();
    expect(form.getByRole("combobox", { name: "Tarkistuslistan kohta (valinnainen)" })).toHaveValue("b2");

    await user.type(form.getByRole("textbox", { name: "Vastuussa (rooli)" }), "järjestöyhdyshenkilö");
    await user.type(form.getByLabelText("Määräaika (valinnainen)"), "2027-05-31");
    await user.click(form.getByRole("button", { name: "Tallenna toimenpide" }));

    expect(saved().actions).toEqual([
      {
        id: "action-1",
        what: "Kehitä b2",
        responsible: "järjestöyhdyshenkilö",
        due: "2027-05-31",
        status: "planned",
        itemId: "b2",
      },
    ]);
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(add).toHaveFocus();
    expect(
      card("Kohta b2").getByText("Toimenpidesuunnitelmassa on 1 toimenpide tästä kohdasta."),
    ).toBeInTheDocument();
    const entry = card("Kehitä b2");
    expect(entry.getByText("järjestöyhdyshenkilö")).toBeInTheDocument();
    expect(entry.getByText("31. toukokuuta 2027")).toBeInTheDocument();
    expect(entry.getByText("Kohta b2")).toBeInTheDocument();
  });

  it("refuses an action without a description, in the user's language, and saves nothing", async () => {
    const user = userEvent.setup();
    renderPlan(planAssessment(PLAN_ANSWERS), "sv");
    await user.click(screen.getByRole("button", { name: "Ny åtgärd" }));
    const form = within(screen.getByRole("form", { name: "Lägg till åtgärd" }));
    const what = form.getByRole("textbox", { name: "Vad görs (obligatorisk)" });
    await user.type(what, "   ");
    await user.click(form.getByRole("button", { name: "Spara åtgärden" }));

    expect(form.getByText("Skriv vad som ska göras.")).toBeInTheDocument();
    expect(what).toHaveAttribute("aria-invalid", "true");
    expect(what).toHaveAccessibleDescription("Skriv vad som ska göras.");
    expect(what).toHaveFocus();
    expect(saved().actions).toEqual([]);

    await user.type(what, "Föreningskväll i april");
    expect(form.queryByText("Skriv vad som ska göras.")).not.toBeInTheDocument();
    await user.click(form.getByRole("button", { name: "Spara åtgärden" }));
    expect(saved().actions).toEqual([
      { id: "action-1", what: "Föreningskväll i april", responsible: "", status: "planned" },
    ]);
    expect(screen.getByText("Åtgärden har sparats: Föreningskväll i april")).toHaveAttribute(
      "role",
      "status",
    );
  });

  it("changes an action's status at once and edits it in place", async () => {
    const user = userEvent.setup();
    renderPlan(planAssessment(PLAN_ANSWERS, { actions: [ACTION] }));
    const entry = card(ACTION.what);
    expect(entry.getByText("hyvinvointikoordinaattori")).toBeInTheDocument();
    expect(entry.getByText("31. maaliskuuta 2027")).toBeInTheDocument();
    expect(screen.getByText("1 toimenpide")).toBeInTheDocument();

    await user.selectOptions(entry.getByRole("combobox", { name: `Tila – ${ACTION.what}` }), "Käynnissä");
    expect(saved().actions).toEqual([{ ...ACTION, status: "underway" }]);
    expect(screen.getByText("Käynnissä: 1")).toBeInTheDocument();

    await user.click(entry.getByRole("button", { name: `Muokkaa – ${ACTION.what}` }));
    const form = within(screen.getByRole("form", { name: "Muokkaa toimenpidettä" }));
    expect(form.getByRole("radio", { name: "Käynnissä" })).toBeChecked();
    await user.clear(form.getByLabelText("Määräaika (valinnainen)"));
    await user.click(form.getByRole("radio", { name: "Tehty" }));
    await user.selectOptions(form.getByRole("combobox", { name: "Tarkistuslistan kohta (valinnainen)" }), "");
    await user.click(form.getByRole("button", { name: "Tallenna toimenpide" }));

    expect(saved().actions).toEqual([
      { id: ACTION.id, what: ACTION.what, responsible: ACTION.responsible, status: "done" },
    ]);
    expect(card(ACTION.what).getByText("Ei määräaikaa")).toBeInTheDocument();
    expect(card(ACTION.what).getByRole("button", { name: `Muokkaa – ${ACTION.what}` })).toHaveFocus();
  });

  it("sorts the actions by due date and keeps a filtered card until the list is updated", async () => {
    const user = userEvent.setup();
    const late: Action = {
      id: "action-2",
      what: "Päivitetään avustusohje",
      responsible: "avustusvalmistelija",
      due: "2027-09-30",
      status: "planned",
      itemId: "c2",
    };
    const undated: Action = {
      id: "action-3",
      what: "Kootaan tilalista",
      responsible: "",
      status: "underway",
    };
    const early: Action = { ...ACTION, due: "2027-01-15" };
    renderPlan(planAssessment(PLAN_ANSWERS, { actions: [late, undated, early] }));
    const actionNames = () =>
      [...document.querySelectorAll(".action-what")].map((heading) => heading.textContent);
    const filters = within(screen.getByRole("group", { name: "Järjestä ja rajaa toimenpiteitä" }));

    await user.selectOptions(
      filters.getByRole("combobox", { name: "Järjestys" }),
      "Määräaika (aikaisin ensin)",
    );
    expect(actionNames()).toEqual([early.what, late.what, undated.what]);

    await user.selectOptions(filters.getByRole("combobox", { name: "Teema" }), "Tilat ja avustukset");
    expect(actionNames()).toEqual([late.what]);
    expect(screen.getByText("Näytetään 1 / 3 toimenpidettä.")).toBeInTheDocument();

    await user.selectOptions(filters.getByRole("combobox", { name: "Teema" }), "Kaikki teemat");
    await user.selectOptions(filters.getByRole("combobox", { name: "Tila" }), "Suunniteltu");
    expect(actionNames()).toEqual([early.what, late.what]);
    await user.selectOptions(card(late.what).getByRole("combobox", { name: `Tila – ${late.what}` }), "Tehty");
    // The changed card stays where it was, with its new status, until the user updates the list.
    expect(actionNames()).toEqual([early.what, late.what]);
    expect(saved().actions.find((action) => action.id === late.id)?.status).toBe("done");
    await user.click(screen.getByRole("button", { name: "Päivitä lista" }));
    expect(actionNames()).toEqual([early.what]);
    expect(screen.getByText("Lista on päivitetty valintojen mukaan.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Näytä kaikki toimenpiteet" }));
    expect(actionNames()).toEqual([late.what, undated.what, early.what]);
    expect(screen.queryByText(/^Näytetään/)).not.toBeInTheDocument();
  });

  it("deletes an action only after confirming", async () => {
    const user = userEvent.setup();
    renderPlan(planAssessment(PLAN_ANSWERS, { actions: [ACTION] }));
    const remove = screen.getByRole("button", { name: `Poista – ${ACTION.what}` });

    await user.click(remove);
    const dialog = within(screen.getByRole("dialog", { name: "Poistetaanko toimenpide?" }));
    expect(dialog.getByText(`Toimenpide ”${ACTION.what}” poistetaan suunnitelmasta. Poistoa ei voi perua.`));
    await user.click(dialog.getByRole("button", { name: "Peruuta" }));
    expect(saved().actions).toEqual([ACTION]);

    await user.click(remove);
    await user.click(
      within(screen.getByRole("dialog", { name: "Poistetaanko toimenpide?" })).getByRole("button", {
        name: "Poista toimenpide",
      }),
    );
    expect(saved().actions).toEqual([]);
    expect(screen.queryByRole("article", { name: ACTION.what })).not.toBeInTheDocument();
    expect(screen.getByText(`Toimenpide poistettu: ${ACTION.what}`)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Toimenpidesuunnitelma" })).toHaveFocus();
  });

  it("says so when no scored item is below fully in place", () => {
    const allFull: Record<string, Answer> = {
      a1: { kind: "level", level: 3 },
      c1: { kind: "level", level: 3 },
    };
    renderPlan(planAssessment(allFull));
    expect(
      screen.getByText(/^Kaikki pisteytetyt kohdat ovat täysin käytössä, joten kehittämisehdotuksia ei ole/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Tärkeimmät kehityskohteet" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Uusi toimenpide" })).toBeInTheDocument();
  });

  it("shows where the example municipality stands and the good practices, from the shipped checklist", async () => {
    const user = userEvent.setup();
    const evenings = "association-evenings-twice-a-year";
    renderWithApp(<PlanPage />, {
      state: {
        assessment: { ...planAssessment({ [evenings]: { kind: "level", level: 1 } }), checklist: SHIPPED },
      },
    });
    const entry = card(/^Kunta kutsuu eri alojen yhdistykset koolle/);
    expect(await entry.findByText("Esimerkkikunta Koski Tl: Täysin käytössä")).toBeInTheDocument();
    expect(
      entry.getByRole("link", { name: /^Vertaa omaa tilannetta: Koski Tl – Kunta kutsuu/ }),
    ).toHaveAttribute("href", `#/compare/item/${evenings}`);
    await user.click(entry.getByText("Hyvä käytäntö muualta (1)"));
    expect(entry.getByRole("article", { name: "Hyvinvointihytinät" })).toBeVisible();
  });

  it("moves focus to each section from the table of contents", async () => {
    const user = userEvent.setup();
    renderPlan(planAssessment(PLAN_ANSWERS));
    const contents = within(screen.getByRole("navigation", { name: "Tällä sivulla" }));
    await user.click(contents.getByRole("button", { name: "Toimenpidesuunnitelma" }));
    expect(screen.getByRole("heading", { level: 2, name: "Toimenpidesuunnitelma" })).toHaveFocus();
    await user.click(contents.getByRole("button", { name: "Tärkeimmät kehityskohteet" }));
    expect(screen.getByRole("heading", { level: 2, name: "Tärkeimmät kehityskohteet" })).toHaveFocus();
    await user.click(contents.getByRole("button", { name: "Kaikki kehittämisehdotukset" }));
    expect(screen.getByRole("heading", { level: 2, name: "Kaikki kehittämisehdotukset" })).toHaveFocus();
  });

  it("links to the annual clock and the report", () => {
    renderPlan(planAssessment(PLAN_ANSWERS));
    const links = within(screen.getByRole("navigation", { name: "Suunnitelman muut osat" }));
    expect(links.getByRole("link", { name: /^Vuosikello/ })).toHaveAttribute("href", "#/plan/annual-clock");
    expect(links.getByRole("link", { name: /^Raportti/ })).toHaveAttribute("href", "#/report");
  });
});
