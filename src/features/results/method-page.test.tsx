import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import MethodPage from "./method-page";

describe("MethodPage", () => {
  it("shows the worked example computed by the real scoring", () => {
    renderWithApp(<MethodPage />);
    expect(screen.getByRole("heading", { level: 1, name: "Näin pisteet lasketaan" })).toBeInTheDocument();
    expect(screen.getByText("Teeman pisteet: (3 × 100 + 1 × 33) / (3 + 1) = 83")).toBeInTheDocument();
    const example = within(screen.getByRole("table", { name: "Esimerkkiteeman vastaukset" }));
    expect(example.getByRole("row", { name: /^Yhdistysillat/ })).toHaveTextContent(
      "Yhdistysillat kahdesti vuodessaTäysin käytössä3100",
    );
    expect(example.getByRole("row", { name: /^Maksuton yhdistystalo/ })).toHaveTextContent(
      "Maksuton yhdistystaloEi sovellu meille2–ei pisteitä",
    );
  });

  it("states the overall rules with figures from the scoring", () => {
    renderWithApp(<MethodPage />, { language: "en" });
    expect(
      screen.getByText(/a third theme where nothing applies, the overall score is \(100 \+ 50\) \/ 2 = 75\./),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The coverage of the whole assessment counts the items of all themes together/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The overall score is also provisional when any theme is provisional/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/for example, 74\.6 is shown as 75 and is at the level “Leading the way”/),
    ).toBeInTheDocument();
  });

  it("lists the levels' points and the bands' ranges", () => {
    renderWithApp(<MethodPage />);
    const levels = within(screen.getByRole("table", { name: "Vastausvaihtoehtojen pisteet" }));
    expect(
      levels
        .getAllByRole("row")
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(["Ei käytössä0", "Aloitettu33", "Pääosin käytössä67", "Täysin käytössä100"]);
    const bands = within(screen.getByRole("table", { name: "Kehitystasot ja niiden pisterajat" }));
    expect(
      bands
        .getAllByRole("row")
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(["Alkuvaiheessa0–24", "Kehittymässä25–49", "Vakiintunut50–74", "Edelläkävijä75–100"]);
    expect(screen.getByText(/Jos alle 50 % soveltuvista kohdista on pisteytetty/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Takaisin tuloksiin" })).toHaveAttribute("href", "#/results");
  });

  it.each([
    ["sv", "Så räknas poängen", "Temats poäng: (3 × 100 + 1 × 33) / (3 + 1) = 83"],
    ["en", "How the scores are calculated", "Theme score: (3 × 100 + 1 × 33) / (3 + 1) = 83"],
  ] as const)("speaks %s too", (language, title, result) => {
    renderWithApp(<MethodPage />, { language });
    expect(screen.getByRole("heading", { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(result)).toBeInTheDocument();
  });
});
