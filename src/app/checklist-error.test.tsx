import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../tests/render-app";
import { buildRegistry } from "../domain/checklist-registry";
import { ChecklistErrors } from "./checklist-error";

const broken = {
  id: "jarjestoystavallinen-kunta",
  version: "1.0.0",
  title: { fi: "Otsikko", sv: "Rubrik" },
  description: { fi: "Kuvaus", sv: "Beskrivning", en: "Description" },
  sources: [],
  themes: [],
};

describe("an invalid bundled checklist", () => {
  const registry = buildRegistry({ "/checklists/jarjestoystavallinen-kunta/1.0.0.json": broken });

  it("is refused, never used", () => {
    expect(registry.checklists).toEqual([]);
    expect(registry.errors[0]?.file).toBe("checklists/jarjestoystavallinen-kunta/1.0.0.json");
  });

  it("is explained in Finnish with the file and each problem's place", () => {
    renderWithApp(<ChecklistErrors registry={registry} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Tarkistuslistaa ei voitu ladata");
    expect(screen.getByRole("alert")).toHaveTextContent("checklists/jarjestoystavallinen-kunta/1.0.0.json");
    expect(screen.getByText("Kohta title.en: tieto puuttuu")).toBeInTheDocument();
  });

  it("is explained in Swedish", () => {
    renderWithApp(<ChecklistErrors registry={registry} />, { language: "sv" });
    expect(screen.getByText("Punkt title.en: uppgiften saknas")).toBeInTheDocument();
  });
});
