import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Assessment } from "../../domain/assessment";
import { toAssessmentFile } from "../../domain/assessment-file";
import { useAppStore } from "../../store/app-store";
import ComparePage from "./compare-page";

const EVENINGS = "association-evenings-twice-a-year";

const saved: Assessment = {
  id: "test-assessment-0001",
  createdAt: "2026-11-23T12:00:00.000Z",
  checklist: { id: "jarjestoystavallinen-kunta", version: "1.0.0" },
  meta: { municipality: "Oma kunta", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
  answers: { [EVENINGS]: { kind: "level", level: 1 } },
  targets: {},
  actions: [],
  calendar: [],
  updatedAt: "2026-11-23T12:00:00.000Z",
};

function file(name: string, data: unknown): File {
  return new File([typeof data === "string" ? data : JSON.stringify(data)], name, {
    type: "application/json",
  });
}

describe("ComparePage with the shipped examples", () => {
  it("compares with Koski Tl by default, showing its citation and a good practice", async () => {
    renderWithApp(<ComparePage />, { state: { assessment: saved } });
    expect(screen.getByRole("heading", { level: 1, name: "Vertailu" })).toBeInTheDocument();
    expect(await screen.findByRole("radio", { name: "Koski Tl (esimerkkikunta)" })).toBeChecked();
    const heading = screen.getByRole("heading", {
      level: 4,
      name: /^Kunta kutsuu eri alojen yhdistykset koolle/,
    });
    const evenings = within(heading.closest("li") as HTMLElement);
    expect(evenings.getByText("Vertailukohde on pidemmällä")).toBeInTheDocument();
    expect(
      evenings.getByText("Kunta järjestää yhdistysiltoja vähintään kaksi kertaa vuodessa."),
    ).toBeInTheDocument();
    expect(evenings.getByRole("article", { name: "Hyvinvointihytinät" })).toBeInTheDocument();
  });

  it("without a saved assessment explains, links to the start and still shows the example", async () => {
    renderWithApp(<ComparePage />);
    expect(screen.getByText("Omaa arviointia ei ole vielä aloitettu")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Aloita arviointi" })).toHaveAttribute("href", "#/");
    expect(
      await screen.findByRole("heading", { level: 2, name: "Vertailukohde: Koski Tl" }),
    ).toBeInTheDocument();
  });

  it("compares with a chosen file, reports a broken one in the user's language, and never saves it", async () => {
    const user = userEvent.setup();
    renderWithApp(<ComparePage />, { state: { assessment: saved } });
    await user.click(await screen.findByRole("radio", { name: "Arviointitiedosto" }));
    const input = screen.getByLabelText("Vertailtava arviointitiedosto");

    await user.upload(input, file("rikki.json", "{oops"));
    expect(await screen.findByRole("alert")).toHaveTextContent("Tiedostoa ei voitu käyttää vertailuun");
    expect(screen.getByRole("alert")).toHaveTextContent("rikki.json");

    const other = { ...saved, meta: { ...saved.meta, municipality: "Naapurikunta" } };
    other.answers = { [EVENINGS]: { kind: "level", level: 3 } };
    await user.upload(input, file("naapuri.json", toAssessmentFile(other)));
    expect(
      await screen.findByRole("heading", { level: 2, name: "Vertailukohde: Naapurikunta" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Vastaukset ovat tiedostosta naapuri.json.")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(useAppStore.getState().assessment).toEqual(saved);
  });

  it("names a bad entry in the chosen file by its item number, in the user's language", async () => {
    const user = userEvent.setup();
    renderWithApp(<ComparePage />, { state: { assessment: saved }, language: "en" });
    await user.click(await screen.findByRole("radio", { name: "An assessment file" }));
    const broken = { ...toAssessmentFile(saved), answers: { [EVENINGS]: { kind: "level", level: 5 } } };
    await user.upload(screen.getByLabelText("Assessment file to compare with"), file("broken.json", broken));
    const alert = await screen.findByRole("alert");
    // The evenings item is the fifth of the first theme: item 1.5, as the PDF numbers it.
    expect(within(alert).getAllByRole("listitem")[0]).toHaveTextContent(
      /^Item 1\.5( \(.*\))?: the level must be 0–3$/,
    );
    expect(within(alert).getByText(`answers.${EVENINGS}.level`)).toBeInTheDocument();
  });
});
