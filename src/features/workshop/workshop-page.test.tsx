import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Assessment } from "../../domain/assessment";
import { toAssessmentFile } from "../../domain/assessment-file";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import { useWorkshopStore } from "../../store/workshops";
import { koski, lieto, member, turku, workshopOf } from "./workshop-fixture";
import WorkshopPage from "./workshop-page";

const initial = useWorkshopStore.getInitialState();
const saved = workshopOf([koski, turku]);

function file(name: string, content: Assessment | string): File {
  const text = typeof content === "string" ? content : JSON.stringify(toAssessmentFile(content));
  return new File([text], name, { type: "application/json" });
}

const storedIds = () => useWorkshopStore.getState().workshop?.members.map((entry) => entry.assessment.id);

beforeEach(async () => {
  useWorkshopStore.setState(initial, true);
  const storage = createMemoryStorage();
  await storage.putWorkshop(saved);
  provideStorage(storage);
});

/** The files input once the workshop is open: the loading view shows it disabled. */
async function openedFilesInput(): Promise<HTMLElement> {
  await screen.findByRole("heading", { level: 1, name: "Varsinais-Suomi 2026" });
  return screen.getByLabelText("Valitse tiedostot");
}

describe("WorkshopPage: adding files", () => {
  it("adds the good files, names the broken one's problem, and asks about a duplicate", async () => {
    const user = userEvent.setup();
    renderWithApp(<WorkshopPage workshopId={saved.id} />);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Varsinais-Suomi 2026" }),
    ).toBeInTheDocument();
    const newKoski = member({
      id: "koski-2026-0002",
      municipality: "Koski Tl",
      code: "284",
      themeLevels: [3, 3, 3],
    });
    await user.upload(screen.getByLabelText("Valitse tiedostot"), [
      file("lieto.json", lieto),
      file("rikki.json", "{oops"),
      file("koski-uusi.json", newKoski),
    ]);
    expect(await screen.findByText("Yksi arviointi lisättiin työpajaan.")).toBeInTheDocument();
    expect(screen.getByText("Yhtä tiedostoa ei voitu käyttää.")).toBeInTheDocument();
    const refused = screen.getByText("Tiedostoa rikki.json ei lisätty:").closest("li") as HTMLElement;
    expect(refused).toHaveTextContent("tiedosto ei ole kelvollista JSON-muotoa");
    expect(storedIds()).toEqual([koski.id, turku.id, lieto.id]);

    const question = screen.getByRole("group", {
      name: "koski-uusi.json on kunnan Koski Tl oma arviointi samalta vuodelta kuin työpajassa jo oleva koski-2026-0001.json.",
    });
    expect(within(question).getByRole("radio", { name: "Säilytä tallennettu" })).toBeChecked();
    await user.click(within(question).getByRole("radio", { name: "Käytä uutta tallennetun tilalla" }));
    await user.click(screen.getByRole("button", { name: "Vahvista valinnat" }));
    expect(storedIds()).toEqual([turku.id, lieto.id, newKoski.id]);
    expect(screen.queryByRole("button", { name: "Vahvista valinnat" })).not.toBeInTheDocument();
    expect(
      screen.getByText("Päätit, mitä tehdään yhdelle työpajassa jo olleelle tiedostolle."),
    ).toBeInTheDocument();
  });

  it("changes nothing saved when the saved one is kept", async () => {
    const user = userEvent.setup();
    renderWithApp(<WorkshopPage workshopId={saved.id} />);
    await user.upload(await openedFilesInput(), [file("turku.json", turku)]);
    const question = await screen.findByRole("group", { name: /^turku\.json on sama arviointi \(Turku\)/ });
    // The same assessment twice cannot both stay.
    expect(
      within(question)
        .getAllByRole("radio")
        .map((radio) => radio.getAttribute("value")),
    ).toEqual(["keepSaved", "useNew"]);
    await user.click(screen.getByRole("button", { name: "Vahvista valinnat" }));
    expect(storedIds()).toEqual([koski.id, turku.id]);
  });

  it("says that nothing was added when the browser cannot save", async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    await storage.putWorkshop(saved);
    provideStorage({
      ...storage,
      putWorkshop: async () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      },
    });
    renderWithApp(<WorkshopPage workshopId={saved.id} />);
    await user.upload(await openedFilesInput(), [file("lieto.json", lieto)]);
    expect(
      await screen.findByText(
        "Yksi arviointi luettiin, mutta selain ei tallentanut sitä: mitään ei lisätty.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Selain ei tallentanut työpajan muutosta \(QuotaExceededError\)/),
    ).toBeInTheDocument();
    expect(storedIds()).toEqual([koski.id, turku.id]);
  });

  it("links to projector mode and the PDF summary", async () => {
    renderWithApp(<WorkshopPage workshopId={saved.id} />);
    expect(await screen.findByRole("link", { name: "Esitystila (videotykille)" })).toHaveAttribute(
      "href",
      "#/workshops/workshop-0001/present",
    );
    expect(screen.getByRole("link", { name: "PDF-yhteenveto" })).toHaveAttribute(
      "href",
      "#/report/workshop/workshop-0001",
    );
  });

  it("says when there is no such workshop", async () => {
    renderWithApp(<WorkshopPage workshopId="no-such-workshop" />);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Työpajaa ei löytynyt" }),
    ).toBeInTheDocument();
  });
});
