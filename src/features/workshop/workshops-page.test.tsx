import { readFileSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import { useWorkshopStore } from "../../store/workshops";
import { koski, lieto, workshopOf } from "./workshop-fixture";
import WorkshopsPage from "./workshops-page";

const initial = useWorkshopStore.getInitialState();

beforeEach(async () => {
  useWorkshopStore.setState(initial, true);
  const storage = createMemoryStorage();
  await storage.putWorkshop(workshopOf([koski, lieto], "Varsinais-Suomi 2026"));
  provideStorage(storage);
  window.location.hash = "#/workshops";
});

describe("WorkshopsPage", () => {
  it("lists the stored workshops with their members and last change", async () => {
    renderWithApp(<WorkshopsPage />);
    const table = await screen.findByRole("table", { name: "Tähän selaimeen tallennetut työpajat" });
    const row = within(table).getByRole("row", { name: /^Varsinais-Suomi 2026/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .slice(0, 2)
        .map((cell) => cell.textContent),
    ).toEqual(["2", "2. marraskuuta 2026"]);
    expect(within(row).getByRole("link", { name: "Varsinais-Suomi 2026" })).toHaveAttribute(
      "href",
      "#/workshops/workshop-0001",
    );
  });

  it("creates a workshop by name and opens it; a blank name is refused", async () => {
    const user = userEvent.setup();
    renderWithApp(<WorkshopsPage />);
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Luo työpaja" }));
    expect(screen.getByText("Anna työpajalle nimi.")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Työpajan nimi" }), "Pirkanmaa 2026");
    await user.click(screen.getByRole("button", { name: "Luo työpaja" }));
    const created = useWorkshopStore
      .getState()
      .summaries?.find((summary) => summary.name === "Pirkanmaa 2026");
    expect(created?.memberCount).toBe(0);
    expect(window.location.hash).toBe(`#/workshops/${created?.id}`);
  });

  it("renames in place", async () => {
    const user = userEvent.setup();
    renderWithApp(<WorkshopsPage />);
    await user.click(await screen.findByRole("button", { name: "Nimeä uudelleen: Varsinais-Suomi 2026" }));
    const input = screen.getByRole("textbox", { name: "Uusi nimi työpajalle Varsinais-Suomi 2026" });
    await user.clear(input);
    await user.type(input, "Egentliga Finland 2026");
    await user.click(screen.getByRole("button", { name: "Tallenna nimi" }));
    expect(await screen.findByRole("link", { name: "Egentliga Finland 2026" })).toBeInTheDocument();
  });

  it("deletes with one click and brings the workshop back on undo", async () => {
    const user = userEvent.setup();
    renderWithApp(<WorkshopsPage />);
    await user.click(await screen.findByRole("button", { name: "Poista: Varsinais-Suomi 2026" }));
    expect(
      await screen.findByText("Työpaja Varsinais-Suomi 2026 ja sen 2 arviointia poistettiin."),
    ).toBeInTheDocument();
    expect(screen.getByText("Työpajoja ei vielä ole. Luo ensimmäinen alla.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Kumoa poisto" }));
    expect(await screen.findByRole("link", { name: "Varsinais-Suomi 2026" })).toBeInTheDocument();
    expect(useWorkshopStore.getState().summaries?.[0]?.memberCount).toBe(2);
  });
});

describe("WorkshopsPage: importing an archive", () => {
  it("makes a new workshop of the archive's good entries and names the bad one", async () => {
    const user = userEvent.setup();
    const name = "one-bad-entry.kumppanuuspeili-workshop.json";
    const text = readFileSync(`tests/fixtures/workshops/${name}`, "utf8");
    renderWithApp(<WorkshopsPage />);
    await screen.findByRole("table");
    await user.upload(
      screen.getByLabelText("Työpajatiedosto"),
      new File([text], name, { type: "application/json" }),
    );
    expect(await screen.findByText("3 arviointia lisättiin työpajaan.")).toBeInTheDocument();
    expect(screen.getByText("Yhtä tiedostoa ei voitu käyttää.")).toBeInTheDocument();
    expect(
      screen.getByText(/^Tiedostoa one-bad-entry\.kumppanuuspeili-workshop\.json › \d+ ei lisätty:$/),
    ).toBeInTheDocument();
    const created = useWorkshopStore
      .getState()
      .summaries?.find((summary) => summary.name === "Alueen työpaja 2026");
    expect(created?.memberCount).toBe(3);
    // Named as the archive names it, not after its file.
    expect(screen.getByRole("link", { name: "Avaa työpaja Alueen työpaja 2026" })).toHaveAttribute(
      "href",
      `#/workshops/${created?.id}`,
    );
  });
});
