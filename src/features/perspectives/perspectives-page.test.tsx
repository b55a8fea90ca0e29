import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { renderWithApp } from "../../../tests/render-app";
import { toAssessmentFile } from "../../domain/assessment-file";
import type { Checklist } from "../../domain/checklist";
import { allItems } from "../../domain/checklist-lookup";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import { useWorkshopStore } from "../../store/workshops";
import { associationAssessments, ownAssessment } from "./perspectives-fixture";
import PerspectivesPage from "./perspectives-page";

const [checklist] = bundledRegistry.checklists as [Checklist];
const own = ownAssessment(checklist);
const [first] = allItems(checklist);

const jsonFile = (name: string, data: unknown) =>
  new File([JSON.stringify(data)], name, { type: "application/json" });

beforeEach(() => {
  provideStorage(createMemoryStorage());
  useWorkshopStore.setState({ summaries: null, problems: [], workshop: null });
});

describe("PerspectivesPage", () => {
  it("offers an invitation link that carries the checklist, municipality and year, never answers", async () => {
    renderWithApp(<PerspectivesPage />, { state: { assessment: own } });
    const link = screen.getByRole("textbox", { name: "Kutsulinkki" });
    const value = (link as HTMLInputElement).value;
    expect(value).toBe(
      `${window.location.origin}${window.location.pathname}#/invite?checklist=${checklist.id}&version=${checklist.version}&municipality=Koski%20Tl&code=284&year=2026`,
    );
    expect(await screen.findByText(/Yhdistysten vastauksia ei ole vielä/)).toBeInTheDocument();
  });

  it("selects the link for Ctrl+C where the browser allows no clipboard", async () => {
    const user = userEvent.setup();
    renderWithApp(<PerspectivesPage />, { state: { assessment: own } });
    // user-event provides a clipboard; this browser refuses it.
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
      configurable: true,
    });
    await user.click(screen.getByRole("button", { name: "Kopioi linkki" }));
    expect(await screen.findByText(/Selain ei sallinut kopiointia/)).toBeInTheDocument();
    const link = screen.getByRole("textbox", { name: "Kutsulinkki" }) as HTMLInputElement;
    expect(link.selectionStart).toBe(0);
    expect(link.selectionEnd).toBe(link.value.length);
  });

  it("takes in the associations' files, refuses the others with reasons and shows the gaps", async () => {
    const user = userEvent.setup();
    renderWithApp(<PerspectivesPage />, { state: { assessment: own } });
    const files = [
      ...associationAssessments(checklist).map((assessment, i) =>
        jsonFile(`yhdistys-${i + 1}.json`, toAssessmentFile(assessment)),
      ),
      jsonFile("kunta.json", toAssessmentFile({ ...own, id: "koski-other-0002" })),
      new File(["{ ei json"], "rikki.json", { type: "application/json" }),
    ];
    await user.upload(screen.getByLabelText("Valitse yhdistysten arviointitiedostot"), files);

    const results = await screen.findByRole("list", { name: "Valittujen tiedostojen tulos" });
    expect(within(results).getAllByText(/otettu mukaan\.$/)).toHaveLength(3);
    expect(
      within(results).getByText(/kunta\.json: ei otettu mukaan, koska vastaajana ei ole yhdistys/),
    ).toBeVisible();
    expect(
      within(results).getByText(/rikki\.json: ei otettu mukaan, koska tiedostossa on virheitä/),
    ).toBeVisible();

    expect(await screen.findByText(/Vertailussa on 3 yhdistyksen vastaukset/)).toBeInTheDocument();
    const items = screen.getByRole("table", { name: "Kohdat suurimmasta erosta alkaen" });
    const [, top] = within(items).getAllByRole("row");
    if (!top || !first) throw new Error("the table has rows");
    // Koski Tl says fully in place (3); the associations 0, 0, 1: median 0, a gap of −3 levels.
    expect(within(top).getByRole("rowheader")).toHaveTextContent(first.text.fi);
    expect(top).toHaveTextContent("Täysin käytössä (3)");
    expect(top).toHaveTextContent("Ei käytössä (0)vaihteluväli 0–1, n = 3");
    expect(top).toHaveTextContent("−3 tasoa");
    expect(top).toHaveTextContent("Suuri ero");
    // No association is named in the view; the files are listed only behind the disclosure.
    expect(screen.getByText("Näytä mukana olevat tiedostot (3)")).toBeInTheDocument();

    // The same file again is the same assessment: refused, nothing doubled.
    await user.upload(screen.getByLabelText("Valitse yhdistysten arviointitiedostot"), [files[0] as File]);
    expect(await screen.findByText(/yhdistys-1\.json: ei otettu mukaan, koska sama arviointi/)).toBeVisible();
    // A newer save of the same association's assessment takes the older one's place.
    const [firstAssociation] = associationAssessments(checklist);
    if (!firstAssociation || !first) throw new Error("the fixture has associations");
    const newer = {
      ...firstAssociation,
      answers: { ...firstAssociation.answers, [first.id]: { kind: "level", level: 3 } as const },
      updatedAt: "2026-11-30T12:00:00.000Z",
    };
    await user.upload(screen.getByLabelText("Valitse yhdistysten arviointitiedostot"), [
      jsonFile("yhdistys-1-uusi.json", toAssessmentFile(newer)),
    ]);
    expect(
      await screen.findByText(
        /yhdistys-1-uusi\.json: otettu mukaan saman arvioinnin aiemman version tilalle/,
      ),
    ).toBeVisible();
    const kept = await useWorkshopStore.getState().workshopFor(own.id);
    expect(kept?.members.map((member) => member.assessment.id).sort()).toEqual([
      "koski-association-0001",
      "koski-association-0002",
      "koski-association-0003",
    ]);
    expect(kept?.members.find((member) => member.assessment.id === "koski-association-0001")?.fileName).toBe(
      "yhdistys-1-uusi.json",
    );
  });

  it("explains and links to the start without an assessment", () => {
    renderWithApp(<PerspectivesPage />);
    expect(screen.getByRole("heading", { level: 1, name: "Näkökulmat" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Siirry etusivulle aloittamaan" })).toHaveAttribute("href", "#/");
  });
});
