import "./i18n";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { renderWithApp } from "../../../tests/render-app";
import type { Answer, Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { paths } from "../../ui/paths";
import { buildDeck, type Deck } from "./deck";
import { Presenter } from "./presenter";

const [checklist] = bundledRegistry.checklists as [Checklist];
const [firstTheme] = checklist.themes as [Checklist["themes"][number]];
const [item1] = firstTheme.items as [Checklist["themes"][number]["items"][number]];

function member(id: string, municipality: string, code: string, answer: Answer): Assessment {
  return {
    id: `member-${id}`,
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: {
      municipality,
      municipalityCode: code,
      year: 2026,
      respondentRole: "municipality",
      date: "2026-11-23",
    },
    answers: { [item1.id]: answer },
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}

const MEMBERS = [
  member("a", "Parainen", "445", { kind: "level", level: 3, note: "Yhdistysilta kahdesti vuodessa." }),
  member("b", "Turku", "853", { kind: "level", level: 2 }),
  member("c", "Koski Tl", "284", { kind: "notApplicable", reason: "Ei koske meitä." }),
];

function deckOf(members: readonly Assessment[]): Deck {
  const deck = buildDeck(members, [checklist]);
  if (!deck) throw new Error("no deck");
  return deck;
}

function show(members: readonly Assessment[] = MEMBERS, language: "fi" | "sv" = "fi") {
  const deck = deckOf(members);
  renderWithApp(<Presenter deck={deck} workshopId="workshop-0001" title="Esitystila: Varsinais-Suomi" />, {
    language,
  });
  return deck.slides.length;
}

const slideHeading = () => screen.getByRole("heading", { level: 2 });
const position = () => screen.getByText(/^\d+ \/ \d+$/);

describe("Presenter", () => {
  it("moves with the arrows, Page Up / Down, Home and End, and announces each new slide", async () => {
    const total = show();
    const user = userEvent.setup();
    expect(slideHeading()).toHaveTextContent("Yleiskuva");
    expect(position()).toHaveTextContent(`1 / ${total}`);
    await user.keyboard("{ArrowRight}");
    expect(slideHeading()).toHaveTextContent(firstTheme.title.fi);
    expect(screen.getByText(`Dia 2 / ${total}: ${firstTheme.title.fi}`)).toHaveAttribute(
      "aria-live",
      "polite",
    );
    await user.keyboard("{PageDown}{ArrowDown}");
    expect(position()).toHaveTextContent(`4 / ${total}`);
    await user.keyboard("{ArrowUp}{PageUp}{ArrowLeft}");
    expect(position()).toHaveTextContent(`1 / ${total}`);
    await user.keyboard("{End}");
    expect(position()).toHaveTextContent(`${total} / ${total}`);
    await user.keyboard("{ArrowRight}");
    expect(position()).toHaveTextContent(`${total} / ${total}`);
    expect(screen.getByRole("button", { name: "Seuraava" })).toHaveAttribute("aria-disabled", "true");
    await user.keyboard("{Home}");
    expect(slideHeading()).toHaveTextContent("Yleiskuva");
  });

  it("shows an item's counts and who has it in place, notes only when turned on", async () => {
    show();
    const user = userEvent.setup();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(slideHeading()).toHaveTextContent(`1.1 ${item1.text.fi}`);
    const counts = screen.getByRole("table", { name: "Vastaukset tasoittain" });
    expect(within(counts).getByRole("row", { name: /Täysin käytössä 1/ })).toBeInTheDocument();
    expect(within(counts).getByRole("row", { name: /Ei sovellu meille 1/ })).toBeInTheDocument();
    const who = screen.getByRole("region", { name: "Kenellä tämä on käytössä" });
    expect(
      within(who)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Parainen", "Turku"]);
    expect(screen.queryByText(/Yhdistysilta kahdesti/)).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: "Näytä muistiinpanot" }));
    expect(screen.getByText("Muistiinpano: Yhdistysilta kahdesti vuodessa.")).toBeInTheDocument();
  });

  it("names municipalities in Swedish in sv", async () => {
    show(MEMBERS, "sv");
    await userEvent.setup().keyboard("{ArrowRight}{ArrowRight}");
    const who = screen.getByRole("region", { name: "Vem har detta i bruk" });
    expect(
      within(who)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Pargas", "Åbo"]);
  });

  it("says why it shows no distribution for fewer than three assessments", async () => {
    show(MEMBERS.slice(0, 2));
    await userEvent.setup().keyboard("{ArrowRight}{ArrowRight}");
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText(/Ei näytetä: vastauksia on alle 3/)).toBeInTheDocument();
  });

  it("leaves for the workshop's page on Esc", async () => {
    window.location.hash = paths.workshopPresent("workshop-0001");
    show();
    await userEvent.setup().keyboard("{Escape}");
    expect(window.location.hash).toBe(`#${paths.workshop("workshop-0001")}`);
  });
});
