import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { catchDownloads } from "../../../tests/catch-downloads";
import { renderWithApp } from "../../../tests/render-app";
import { type Assessment, createAssessment, type RespondentRole } from "../../domain/assessment";
import { type AssessmentStorage, createMemoryStorage } from "../../store/assessment-storage";
import { useLibraryStore } from "../../store/library";
import { provideStorage } from "../../store/storage-handle";
import LibraryPage from "./library-page";

const initial = useLibraryStore.getInitialState();

function stored(
  id: string,
  municipality: string,
  year: number,
  role: RespondentRole,
  updatedAt: string,
): Assessment {
  return {
    ...createAssessment({ id: "jarjestoystavallinen-kunta", version: "1.0.0" }, new Date(updatedAt), id),
    answers: { "convening-responsibility-decided": { kind: "level", level: 3 } },
    meta: { municipality, year, respondentRole: role, date: `${year}-03-15` },
    updatedAt,
  };
}

let storage: AssessmentStorage;
beforeEach(async () => {
  useLibraryStore.setState(initial, true);
  storage = createMemoryStorage();
  await storage.put(stored("koski-2025", "Koski Tl", 2025, "municipality", "2025-04-01T10:00:00.000Z"), 0);
  await storage.put(stored("koski-2026", "Koski Tl", 2026, "municipality", "2026-04-01T10:00:00.000Z"), 0);
  await storage.put(stored("yhdistys-2026", "Koski Tl", 2026, "association", "2026-05-01T10:00:00.000Z"), 0);
  provideStorage(storage);
  window.location.hash = "#/library";
});

const firstCells = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .filter((row) => row.classList.contains("library-row"))
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .slice(0, 2)
        .map((cell) => cell.textContent),
    );

describe("LibraryPage", () => {
  it("lists every stored assessment, the latest change first, and sorts by a column", async () => {
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />);
    const table = await screen.findByRole("table", { name: /Tallennetut arvioinnit/ });
    expect(firstCells(table)).toEqual([
      ["2026", "Yhdistys tai järjestö"],
      ["2026", "Kunta"],
      ["2025", "Kunta"],
    ]);
    await user.click(within(table).getByRole("button", { name: /Vuosi/ }));
    expect(within(table).getByRole("columnheader", { name: /Vuosi/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    expect(firstCells(table).map(([year]) => year)).toEqual(["2025", "2026", "2026"]);
    expect(screen.getByText("Näytetään 3 / 3 arviointia.")).toBeInTheDocument();
  });

  it("filters by role and year", async () => {
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />);
    const table = await screen.findByRole("table");
    await user.selectOptions(screen.getByRole("combobox", { name: "Vastaajan rooli" }), "municipality");
    await user.selectOptions(screen.getByRole("combobox", { name: "Vuosi" }), "2026");
    expect(firstCells(table)).toEqual([["2026", "Kunta"]]);
    expect(screen.getByText("Näytetään 1 / 3 arviointia.")).toBeInTheDocument();
  });

  it("deletes one and restores it with undo", async () => {
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />);
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Poista: Koski Tl 2025, Kunta" }));
    expect(await screen.findByText(/Poistettiin arviointi Koski Tl 2025, Kunta/)).toBeInTheDocument();
    expect(await storage.get("koski-2025")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Palauta Koski Tl 2025, Kunta" }));
    expect(await screen.findByRole("button", { name: "Poista: Koski Tl 2025, Kunta" })).toBeInTheDocument();
    expect((await storage.get("koski-2025"))?.kind).toBe("ok");
  });

  it("exports one assessment, and all of them, and names each file saved", async () => {
    const files = catchDownloads();
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />);
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Vie tiedostoon: Koski Tl 2025, Kunta" }));
    const saved = await screen.findByText(/^Tiedosto ladattu: /);
    expect(saved).toHaveAttribute("aria-live", "polite");
    expect(saved).toHaveTextContent(`Tiedosto ladattu: ${files[0]?.name}`);
    expect(JSON.parse((await files[0]?.blob.text()) ?? "null")).toMatchObject({ meta: { year: 2025 } });
    await user.click(screen.getByRole("button", { name: "Vie kaikki arvioinnit yhteen tiedostoon" }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(saved).toHaveTextContent(`Tiedosto ladattu: ${files[1]?.name}`);
  });

  it("refuses a year out of range when duplicating, naming what is wrong, and stores nothing", async () => {
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />);
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Uusi vuosi: Koski Tl 2026, Kunta" }));
    const year = screen.getByRole("textbox", { name: "Uuden arvioinnin vuosi" });
    expect(year).toHaveValue("2027");
    await user.clear(year);
    await user.type(year, "20277");
    await user.click(screen.getByRole("button", { name: "Luo uusi arviointi" }));
    expect(screen.getByText("Anna vuosi numeroina väliltä 2000–2100.")).toBeInTheDocument();
    expect(year).toHaveAttribute("aria-invalid", "true");
    expect(await storage.list()).toHaveLength(3);
  });

  it("edits the details of one that is not open", async () => {
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />);
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Muokkaa tietoja: Koski Tl 2025, Kunta" }));
    const name = screen.getByRole("textbox", { name: "Kunnan nimi" });
    await user.clear(name);
    await user.type(name, "Pöytyä");
    await user.click(screen.getByRole("button", { name: "Tallenna tiedot" }));
    expect(await screen.findByRole("button", { name: "Poista: Pöytyä 2025, Kunta" })).toBeInTheDocument();
    const read = await storage.get("koski-2025");
    expect(read?.kind === "ok" && read.record.assessment.meta).toEqual({
      municipality: "Pöytyä",
      municipalityCode: "636",
      year: 2025,
      respondentRole: "municipality",
      date: "2025-03-15",
    });
  });

  it("refuses an empty date and a year out of range in the details, naming each, and changes nothing", async () => {
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />);
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Muokkaa tietoja: Koski Tl 2025, Kunta" }));
    await user.clear(screen.getByLabelText("Arvioinnin päivämäärä"));
    const year = screen.getByRole("textbox", { name: "Vuosi" });
    await user.clear(year);
    await user.type(year, "1999");
    await user.click(screen.getByRole("button", { name: "Tallenna tiedot" }));
    expect(
      screen.getByText("Anna päivämäärä muodossa vvvv-kk-pp, esimerkiksi 2026-03-15."),
    ).toBeInTheDocument();
    expect(screen.getByText("Anna vuosi numeroina väliltä 2000–2100.")).toBeInTheDocument();
    const read = await storage.get("koski-2025");
    expect(read?.kind === "ok" && read.record.assessment.meta.date).toBe("2025-03-15");
  });

  it("says nothing has been exported yet and, a month after the first start, reminds to (in Swedish too)", async () => {
    renderWithApp(<LibraryPage />, { language: "sv" });
    await screen.findByRole("table", { name: /Sparade utvärderingar/ });
    expect(
      screen.getByText("Utvärderingarna har ännu inte sparats i en fil från den här webbläsaren."),
    ).toBeInTheDocument();
    expect(screen.getByText("Kom ihåg att spara utvärderingarna")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Spara alla utvärderingar i en fil" })).toHaveLength(2);
  });
});
