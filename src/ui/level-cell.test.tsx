import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Answer } from "../domain/assessment";
import { initI18n } from "../i18n/i18n";
import { LevelCell, type ShownCell, useCellLabel } from "./level-cell";

function Row({ cells }: { cells: readonly ShownCell[] }) {
  const label = useCellLabel();
  return (
    <table>
      <tbody>
        <tr>
          {cells.map((cell, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed row
            <td key={index}>
              <LevelCell cell={cell} label={label(cell)} />
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

const CELLS: readonly ShownCell[] = [
  { kind: "level", level: 0 },
  { kind: "level", level: 3 },
  { kind: "dontKnow" },
  { kind: "notApplicable" },
  { kind: "unanswered" },
];

describe("LevelCell", () => {
  it("shows a digit or symbol and gives screen readers the answer's name", () => {
    initI18n("fi");
    render(<Row cells={CELLS} />);
    const cells = screen.getAllByRole("cell");
    expect(cells.map((cell) => cell.querySelector("[aria-hidden]")?.textContent)).toEqual([
      "0",
      "3",
      "?",
      "–",
      "",
    ]);
    expect(cells.map((cell) => cell.querySelector(".visually-hidden")?.textContent)).toEqual([
      "Ei käytössä",
      "Täysin käytössä",
      "En tiedä",
      "Ei sovellu meille",
      "Vastaamatta",
    ]);
    expect(screen.getByTitle("Täysin käytössä")).toHaveClass("level-cell-level-3");
  });

  it("speaks the user's language", () => {
    initI18n("sv");
    render(<Row cells={[{ kind: "level", level: 2 }, { kind: "dontKnow" }]} />);
    expect(screen.getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
      "2Till största delen i bruk",
      "?Vet inte",
    ]);
  });

  it("takes an item's answer as it is, note and reason included", () => {
    initI18n("en");
    const answer: Answer = { kind: "notApplicable", reason: "No premises", note: "Asked in 2025" };
    render(<Row cells={[answer]} />);
    expect(screen.getByRole("cell")).toHaveTextContent("–Not applicable to us");
  });
});
