import { readFileSync } from "node:fs";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Assessment } from "../../domain/assessment";
import { toAssessmentFile } from "../../domain/assessment-file";
import { emptyPlan } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import { StartPage } from "./start-page";
import { bundledChecklist, savedAssessment } from "./test-support";

const checklist = bundledChecklist();
const [firstItem] = checklist.themes[0]?.items ?? [];
if (!firstItem) throw new Error("The bundled checklist has no items");

function jsonFile(name: string, text: string): File {
  return new File([text], name, { type: "application/json" });
}

function renderStart(assessment: Assessment | null = null) {
  const user = userEvent.setup();
  renderWithApp(<StartPage />, { state: { assessment } });
  return user;
}

function dialog(name: string) {
  return screen.getByRole("dialog", { name });
}

function stored() {
  return useAppStore.getState().assessment;
}

const fileInput = () => screen.getByLabelText("Valitse arviointitiedosto (.json)");

describe("StartPage", () => {
  it("explains the model and names the checklist's sources, never its seed files", () => {
    renderStart();
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/Varsinais-Suomen kuntien hyvinvointikoordinaattorit/)).toBeInTheDocument();
    expect(screen.getByText(checklist.description.fi)).toBeInTheDocument();
    for (const source of checklist.sources) {
      expect(
        screen.getByText(new RegExp(source.title.fi.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))),
      ).toBeInTheDocument();
    }
    // By title and publisher, or by title alone where the source names no publisher.
    expect(
      screen.getByText(
        "Hyvä järjestöyhteistyö pienessä kunnassa, JärjestöSotehanke 113 (toimintamallikuvaus Innokylässä, rahoittaja STEA)",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("Kunnan ja yhdistysten yhteistyörakenteet")).toBeInTheDocument();
    expect(screen.queryByText(/Julkaisija ei mainittu/)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(screen.getByText(/Vastaukset tallentuvat vain tähän selaimeen/)).toBeInTheDocument();
  });

  it("starts a new assessment straight away when none is saved", async () => {
    const user = renderStart();
    expect(screen.queryByRole("link", { name: "Jatka tallennettua arviointia" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Aloita uusi arviointi" }));
    expect(stored()?.checklist).toEqual({ id: checklist.id, version: checklist.version });
    expect(window.location.hash).toBe("#/assessment/details");
  });

  it("shows the saved assessment and a way to continue it", () => {
    renderStart(savedAssessment({ [firstItem.id]: { kind: "level", level: 1 } }));
    const total = checklist.themes.reduce((sum, theme) => sum + theme.items.length, 0);
    const saved = screen.getByRole("region", { name: "Tallennettu arviointi" });
    expect(within(saved).getByText("Koski Tl")).toBeInTheDocument();
    expect(within(saved).getByText("15. maaliskuuta 2026")).toBeInTheDocument();
    expect(within(saved).getByText(`1 / ${total} vastattu`)).toBeInTheDocument();
    expect(within(saved).getByRole("link", { name: "Jatka tallennettua arviointia" })).toHaveAttribute(
      "href",
      "#/assessment/details",
    );
  });

  it("asks before a new assessment replaces the saved one", async () => {
    const saved = savedAssessment({ [firstItem.id]: { kind: "level", level: 1 } });
    const user = renderStart(saved);
    await user.click(screen.getByRole("button", { name: "Aloita uusi arviointi" }));
    const confirm = dialog("Aloitetaanko uusi arviointi?");
    expect(confirm).toHaveAttribute("open");
    expect(confirm).toHaveAccessibleDescription(/vie arviointi ensin tiedostoksi/);

    await user.click(within(confirm).getByRole("button", { name: "Peruuta" }));
    expect(confirm).not.toHaveAttribute("open");
    expect(stored()).toEqual(saved);

    await user.click(screen.getByRole("button", { name: "Aloita uusi arviointi" }));
    await user.click(within(confirm).getByRole("button", { name: "Korvaa vastaukset ja aloita uusi" }));
    expect(stored()?.answers).toEqual({});
    expect(stored()?.meta.municipality).toBe("");
    expect(window.location.hash).toBe("#/assessment/details");
  });

  it("refuses a malformed file, names it, lists the problems and keeps the saved assessment", async () => {
    const saved = savedAssessment({ [firstItem.id]: { kind: "dontKnow", note: "Tarkista" } });
    const user = renderStart(saved);
    const before = structuredClone(stored());

    await user.upload(fileInput(), jsonFile("rikki.json", "{ ei json"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Tiedosto rikki.json ei ole kelvollinen arviointitiedosto.");
    expect(within(alert).getByRole("list")).toHaveTextContent("tiedosto ei ole kelvollista JSON-muotoa");
    expect(stored()).toEqual(before);
    expect(window.location.hash).toBe("");
  });

  it("refuses a JSON file that is not an assessment", async () => {
    const user = renderStart(savedAssessment());
    const before = structuredClone(stored());
    const text = readFileSync("tests/fixtures/assessments/not-an-assessment.json", "utf8");
    await user.upload(fileInput(), jsonFile("package.json", text));
    expect(await screen.findByRole("alert")).toHaveTextContent("Tiedosto package.json ei ole kelvollinen");
    expect(stored()).toEqual(before);
  });

  it("asks before an imported file replaces the saved assessment, then opens it", async () => {
    const saved = savedAssessment({ [firstItem.id]: { kind: "dontKnow" } });
    const imported: Assessment = {
      ...savedAssessment({ [firstItem.id]: { kind: "level", level: 3, note: "Päätös 2025" } }),
      meta: {
        municipality: "Parainen",
        municipalityCode: "445",
        year: 2025,
        respondentRole: "workshop",
        date: "2025-11-20",
      },
    };
    const user = renderStart(saved);

    await user.upload(fileInput(), jsonFile("parainen.json", JSON.stringify(toAssessmentFile(imported))));
    const confirm = await screen.findByRole("dialog", { name: "Korvataanko tallennettu arviointi?" });
    expect(confirm).toHaveAttribute("open");
    expect(confirm).toHaveAccessibleDescription(/Tiedoston parainen.json arviointi korvaa/);
    expect(stored()).toEqual(saved);

    await user.click(within(confirm).getByRole("button", { name: "Korvaa tiedoston arvioinnilla" }));
    // Opened as a new record (new id): the saved one stays in the database.
    expect(stored()).toEqual({ ...imported, id: expect.not.stringMatching(saved.id) });
    expect(window.location.hash).toBe("#/assessment/details");
  });

  it("imports straight away when nothing is saved", async () => {
    const imported = savedAssessment({ [firstItem.id]: { kind: "notApplicable", reason: "Ei tiloja" } });
    const user = renderStart();
    await user.upload(fileInput(), jsonFile("koski.json", JSON.stringify(toAssessmentFile(imported))));
    await waitFor(() => expect(stored()).toEqual({ ...imported, id: expect.any(String) }));
    expect(window.location.hash).toBe("#/assessment/details");
  });

  it("imports straight away over an assessment just started, with nothing in it to lose", async () => {
    const started: Assessment = { ...savedAssessment(), ...emptyPlan() };
    const imported = savedAssessment({ [firstItem.id]: { kind: "level", level: 1 } });
    const user = renderStart(started);
    await user.upload(fileInput(), jsonFile("koski.json", JSON.stringify(toAssessmentFile(imported))));
    await waitFor(() => expect(stored()).toEqual({ ...imported, id: expect.any(String) }));
    expect(
      screen.queryByRole("dialog", { name: "Korvataanko tallennettu arviointi?" }),
    ).not.toBeInTheDocument();
    expect(window.location.hash).toBe("#/assessment/details");
  });

  it("offers the valid part of a file with bad entries, naming them, and saves nothing until asked", async () => {
    const [, secondItem] = checklist.themes[0]?.items ?? [];
    if (!secondItem) throw new Error("The bundled checklist has too few items");
    const saved = savedAssessment({ [firstItem.id]: { kind: "dontKnow" } });
    const good = savedAssessment({ [firstItem.id]: { kind: "level", level: 2 } });
    const file = {
      ...toAssessmentFile(good),
      answers: { ...good.answers, [secondItem.id]: { kind: "level", level: 7 } },
      actions: [{ id: "a-1", what: " ", responsible: "", status: "planned" }],
    };
    const user = renderStart(saved);
    await user.upload(fileInput(), jsonFile("osittain.json", JSON.stringify(file)));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Osa tiedostosta on virheellistä");
    const problems = within(alert)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    // The item's number, as in the PDF, with its text when it is short enough to read in a list.
    const itemName = secondItem.text.fi.length <= 80 ? `Kohta 1.2 (${secondItem.text.fi})` : "Kohta 1.2";
    expect(problems).toContain(`${itemName}: tason on oltava 0–3`);
    expect(problems).toContain("Toimenpide 1, kuvaus: teksti on liian lyhyt tai tyhjä");
    expect(within(alert).getByText("Tekniset tiedot (tiedostoa käsin muokkaaville)")).toBeInTheDocument();
    expect(within(alert).getByText(`answers.${secondItem.id}.level`)).toBeInTheDocument();
    expect(stored()).toEqual(saved);

    await user.click(within(alert).getByRole("button", { name: "Peruuta" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(stored()).toEqual(saved);

    await user.upload(fileInput(), jsonFile("osittain.json", JSON.stringify(file)));
    const bringIn = await screen.findByRole("button", {
      name: "Tuo kelvollinen osa (2 kohtaa jätetään pois)",
    });
    await user.click(bringIn);
    const confirm = screen.getByRole("dialog", { name: "Korvataanko tallennettu arviointi?" });
    expect(stored()).toEqual(saved);
    await user.click(within(confirm).getByRole("button", { name: "Korvaa tiedoston arvioinnilla" }));
    // Imported as a new record beside the saved one: same content, a new id.
    expect(stored()).toEqual({ ...good, id: expect.any(String) });
  });

  it("refuses a file over 2 MB before reading it", async () => {
    const user = renderStart(savedAssessment());
    const before = structuredClone(stored());
    await user.upload(fileInput(), jsonFile("iso.json", " ".repeat(2 * 1024 * 1024 + 1)));
    expect(await screen.findByRole("alert")).toHaveTextContent("tiedosto on liian suuri: enintään 2 MB");
    expect(stored()).toEqual(before);
  });

  it("says in plain words that another JSON file is not an assessment file", async () => {
    const user = renderStart();
    await user.upload(fileInput(), jsonFile("budjetti.json", JSON.stringify({ total: 1200 })));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("listitem")).toHaveTextContent(
      "Tiedosto: tämä ei ole Kumppanuuspeilin arviointitiedosto",
    );
  });

  it("lists the first 100 problems and counts the rest", async () => {
    const good = savedAssessment();
    const answers = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`tuntematon-${i}`, { kind: "dontKnow" }]),
    );
    const user = renderStart();
    await user.upload(
      fileInput(),
      jsonFile("paljon.json", JSON.stringify({ ...toAssessmentFile(good), answers })),
    );
    const alert = await screen.findByRole("alert");
    const list = within(alert).getAllByRole("list")[0];
    if (!list) throw new Error("no problem list");
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(101);
    expect(items[100]).toHaveTextContent("… ja 50 ongelmaa lisää");
    expect(items[0]).toHaveTextContent(
      "Vastaus kohtaan tuntematon-0: kohtaa tuntematon-0 ei ole tarkistuslistassa",
    );
  });

  it("imports the app's own backup of the stored state", async () => {
    const backup = savedAssessment({ [firstItem.id]: { kind: "level", level: 1 } });
    const user = renderStart();
    const text = JSON.stringify({ state: { assessment: backup, language: "fi" }, version: 3 });
    await user.upload(fileInput(), jsonFile("kumppanuuspeili-backup.json", text));
    await waitFor(() => expect(stored()).toEqual({ ...backup, id: expect.any(String) }));
  });
});

describe("StartPage with several saved assessments", () => {
  it("offers to continue the open one and lists the others, latest change first, linking to the library", async () => {
    const { createMemoryStorage } = await import("../../store/assessment-storage");
    const { provideStorage } = await import("../../store/storage-handle");
    const open = savedAssessment();
    const other = (id: string, year: number, updatedAt: string): Assessment => ({
      ...open,
      id,
      meta: { ...open.meta, year, date: `${year}-03-15` },
      updatedAt,
    });
    const storage = createMemoryStorage();
    for (const assessment of [
      open,
      other("koski-2024", 2024, "2024-05-01T10:00:00.000Z"),
      other("koski-2025", 2025, "2025-05-01T10:00:00.000Z"),
    ])
      await storage.put(assessment, 0);
    provideStorage(storage);
    renderStart(open);
    expect(screen.getByRole("link", { name: "Jatka tallennettua arviointia" })).toBeInTheDocument();
    const others = await screen.findByRole("region", { name: "Muut tallennetut arvioinnit" });
    expect(
      within(others)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Koski Tl 2025, Kunta", "Koski Tl 2024, Kunta"]);
    expect(within(others).getByRole("link", { name: "Kaikki arvioinnit (3)" })).toHaveAttribute(
      "href",
      "#/library",
    );
  });
});
