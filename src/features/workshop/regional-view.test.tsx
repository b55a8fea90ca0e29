import "./i18n";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import { RegionalView } from "./regional-view";
import { checklist, koski, lieto, member, tampere, turku, workshopOf } from "./workshop-fixture";

const [cooperation] = checklist.themes;
const everyone = workshopOf([koski, turku, lieto, tampere]);

/** For names that hold regular-expression characters, such as an item's "(esim. …)." */
const startingWith = (text = "") => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

function memberTable() {
  return screen.getByRole("table", { name: /^Pisteet \(0–100\)/ });
}

/** The municipality column, top to bottom. */
function order(): string[] {
  return within(memberTable())
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent ?? "");
}

describe("RegionalView: the members' table", () => {
  it("lists the members by name with their scores, band, provisional flag, role and year", () => {
    renderWithApp(<RegionalView workshop={everyone} />);
    expect(order()).toEqual(["Koski Tl", "Lieto", "Tampere", "Turku"]);
    const turkuRow = screen.getByRole("row", { name: /^Turku/ });
    // Themes 100, 0 and 33 (every item at level 1 is 1/3): overall is their mean, 44.
    expect(
      within(turkuRow)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["44", "100", "0", "33", "100\u00a0%", "Kehittymässä", "Ei", "Kunta", "2026"]);
    expect(within(turkuRow).getByRole("link", { name: "Turku" })).toHaveAttribute(
      "href",
      "#/workshops/workshop-0001/member/turku-2026-0001",
    );
  });

  it("sorts by a theme from the highest, then the other way, saying so with aria-sort", async () => {
    const user = userEvent.setup();
    renderWithApp(<RegionalView workshop={everyone} />);
    const themeButton = within(memberTable()).getByRole("button", {
      name: startingWith(cooperation?.title.fi),
    });
    await user.click(themeButton);
    expect(order()).toEqual(["Turku", "Lieto", "Koski Tl", "Tampere"]);
    expect(themeButton.closest("th")).toHaveAttribute("aria-sort", "descending");
    expect(within(memberTable()).getByRole("columnheader", { name: /^Kunta/ })).not.toHaveAttribute(
      "aria-sort",
    );
    await user.click(themeButton);
    expect(order()).toEqual(["Tampere", "Koski Tl", "Lieto", "Turku"]);
    expect(themeButton.closest("th")).toHaveAttribute("aria-sort", "ascending");
  });

  it("puts members without a score last whichever way the column is sorted", async () => {
    const user = userEvent.setup();
    const blank = member({
      id: "salo-2026-00001",
      municipality: "Salo",
      code: "734",
      themeLevels: [null, 1, 1],
    });
    renderWithApp(<RegionalView workshop={workshopOf([koski, blank, turku])} />);
    const themeButton = within(memberTable()).getByRole("button", {
      name: startingWith(cooperation?.title.fi),
    });
    await user.click(themeButton);
    expect(order()).toEqual(["Turku", "Koski Tl", "Salo"]);
    await user.click(themeButton);
    expect(order()).toEqual(["Koski Tl", "Turku", "Salo"]);
  });

  it("filters by region, offering only the regions present with their counts", async () => {
    const user = userEvent.setup();
    renderWithApp(<RegionalView workshop={everyone} />);
    const region = screen.getByRole("combobox", { name: "Maakunta" });
    expect(
      within(region)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Kaikki", "Varsinais-Suomi (3)", "Pirkanmaa (1)"]);
    await user.selectOptions(region, "Varsinais-Suomi (3)");
    expect(order()).toEqual(["Koski Tl", "Lieto", "Turku"]);
    expect(screen.getByRole("status")).toHaveTextContent("Näytetään 3 arviointia 4:stä.");
  });

  it("groups the table by wellbeing services county under a heading row each", async () => {
    const user = userEvent.setup();
    renderWithApp(<RegionalView workshop={everyone} />);
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Ryhmittele taulukko" }),
      "Hyvinvointialueittain",
    );
    const groups = within(memberTable()).getAllByRole("rowgroup").slice(1);
    expect(
      groups.map((group) =>
        within(group)
          .getAllByRole("rowheader")
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ["Varsinais-Suomen hyvinvointialue (3)", "Koski Tl", "Lieto", "Turku"],
      ["Pirkanmaan hyvinvointialue (1)", "Tampere"],
    ]);
  });
});

describe("RegionalView: distributions and the minimum group size", () => {
  it("counts each theme's bands and gives the quartiles of its scores", () => {
    renderWithApp(<RegionalView workshop={everyone} />);
    const table = screen.getByRole("table", { name: /^Teemojen pisteet/ });
    const row = within(table).getByRole("row", { name: startingWith(cooperation?.title.fi) });
    // Scores 0, 33.3, 66.7, 100: one in each band; QUARTILE.INC gives 25, 50 and 75.
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["1", "1", "1", "1", "0", "4", "25", "50", "75"]);
  });

  it("counts an item's levels, don't know, not applicable and blanks, with quartiles of the levels", () => {
    const [first] = cooperation?.items ?? [];
    const itemId = first?.id ?? "";
    const unsure = member({
      id: "salo-2026-00001",
      municipality: "Salo",
      code: "734",
      themeLevels: [1, 1, 1],
      answers: { [itemId]: { kind: "dontKnow" } },
    });
    renderWithApp(<RegionalView workshop={workshopOf([koski, turku, lieto, tampere, unsure])} />);
    const table = screen.getByRole("table", { name: startingWith(`${cooperation?.title.fi}: montako`) });
    const row = within(table).getAllByRole("row")[1] as HTMLElement;
    // Levels 1, 3, 2, 0 and one don't know: n = 4, quartiles 0.75, 1.5 and 2.25.
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["1", "1", "1", "1", "1", "0", "0", "4", "0,75", "1,5", "2,25"]);
  });

  it("shows where a highlighted member sits against the quartiles", async () => {
    const user = userEvent.setup();
    renderWithApp(<RegionalView workshop={everyone} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Korosta kunta" }), "Turku, 2026 (Kunta)");
    const table = screen.getByRole("table", { name: /^Teemojen pisteet/ });
    expect(within(table).getByRole("columnheader", { name: "Turku" })).toBeInTheDocument();
    const row = within(table).getByRole("row", { name: startingWith(cooperation?.title.fi) });
    expect(row).toHaveTextContent("100 (yläneljänneksen yllä)");
  });

  it("shows no regional figure for fewer than three members, and says why", async () => {
    const user = userEvent.setup();
    renderWithApp(<RegionalView workshop={everyone} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Maakunta" }), "Pirkanmaa (1)");
    expect(
      screen.getByText(
        "Alueen lukuja näytetään vain, kun arviointeja on vähintään 3, jotta yhden kunnan vastauksia ei voi lukea alueen luvuista. Valinnassa on nyt 1.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: /^Teemojen pisteet/ })).not.toBeInTheDocument();
  });
});

describe("RegionalView: the heatmap", () => {
  it("is a table of items × members whose cells carry a digit or symbol and the answer's name", () => {
    const [first, second] = cooperation?.items ?? [];
    const mixed = member({
      id: "salo-2026-00001",
      municipality: "Salo",
      code: "734",
      themeLevels: [null, 1, 1],
      answers: {
        [first?.id ?? ""]: { kind: "dontKnow" },
        [second?.id ?? ""]: { kind: "notApplicable", reason: "Ei tiloja" },
      },
    });
    renderWithApp(<RegionalView workshop={workshopOf([koski, turku, lieto, tampere, mixed])} />);
    const heatmap = screen.getByRole("table", { name: "Kohdat ja vastaukset, 5 arviointia" });
    const [header] = within(heatmap).getAllByRole("row");
    expect(
      within(header as HTMLElement)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Kohta", "Koski Tl", "Lieto", "Salo", "Tampere", "Turku"]);
    const firstRow = within(heatmap).getByRole("row", { name: startingWith(`1.1 ${first?.text.fi}`) });
    expect(
      within(firstRow)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["1Aloitettu", "2Pääosin käytössä", "?En tiedä", "0Ei käytössä", "3Täysin käytössä"]);
    const secondRow = within(heatmap).getByRole("row", { name: startingWith(`1.2 ${second?.text.fi}`) });
    expect(within(secondRow).getAllByRole("cell")[2]).toHaveTextContent("–Ei sovellu meille");
    expect(screen.getByRole("region", { name: "Kohdat ja vastaukset, 5 arviointia" })).toHaveAttribute(
      "tabindex",
      "0",
    );
  });
});
