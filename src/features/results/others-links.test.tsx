import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Assessment } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import ResultsPage from "./results-page";

const EVENINGS = "association-evenings-twice-a-year";

/** The shipped checklist, Koski Tl example and practice catalog: one weak item. */
const assessment: Assessment = {
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

async function weakestItem(language: Language, heading: string) {
  renderWithApp(<ResultsPage />, { language, state: { assessment } });
  const section = within(screen.getByRole("heading", { name: heading }).parentElement as HTMLElement);
  // The example and the practice cards load as their own chunks.
  await section.findByText(language === "fi" ? "Katso, miten muut tekevät:" : "Se hur andra gör:");
  return section;
}

describe("the weakest items link to how others do it", () => {
  it("links to the comparison opened at the item, naming the example and the item's good practices", async () => {
    const weakest = await weakestItem("fi", "Mitä seuraavaksi");
    const target = `#/compare/item/${EVENINGS}`;
    expect(
      weakest.getByRole("link", { name: /^Vertaa: Koski Tl – Kunta kutsuu eri alojen/ }),
    ).toHaveAttribute("href", target);
    expect(
      weakest.getByRole("link", { name: "Hyvä käytäntö: Hyvinvointihytinät (Pohjois-Karjala)" }),
    ).toHaveAttribute("href", target);
  });

  it("speaks Swedish", async () => {
    const weakest = await weakestItem("sv", "Vad härnäst");
    expect(weakest.getByRole("link", { name: /^Jämför: Koskis – / })).toBeInTheDocument();
    expect(
      weakest.getByRole("link", { name: /^Gott exempel: Hyvinvointihytinät – .*\(Norra Karelen\)$/ }),
    ).toBeInTheDocument();
  });
});
