import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { buildAssessment } from "../../../tests/fixtures/build-assessment";
import { renderWithApp } from "../../../tests/render-app";
import type { Answer, Assessment } from "../../domain/assessment";
import { allItems, type Checklist } from "../../domain/checklist";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import HistoryPage from "./history-page";

const [checklist] = bundledRegistry.checklists as [Checklist];
const items = allItems(checklist);
const [first, second] = items;
const everyItem = (answer: Answer) => Object.fromEntries(items.map((item) => [item.id, answer]));

// 2025: every item "started" (1/3 → 33), the first "don't know". 2026: every item "mostly" (2/3 → 67), the
// second not applicable. Every theme's score is the level's share whatever the weights.
const koski = (year: number, id: string, answers: Record<string, Answer>): Assessment =>
  buildAssessment(
    {
      municipality: "Koski Tl",
      code: "284",
      year,
      id,
      checklistId: checklist.id,
      version: checklist.version,
    },
    answers,
  );
const y2026 = koski(2026, "koski-2026-open", {
  ...everyItem({ kind: "level", level: 2 }),
  [second?.id ?? ""]: { kind: "notApplicable", reason: "Ei koske meitä." },
});
const y2025 = koski(2025, "koski-2025-saved", {
  ...everyItem({ kind: "level", level: 1 }),
  [first?.id ?? ""]: { kind: "dontKnow" },
});

beforeEach(async () => {
  const storage = createMemoryStorage();
  await storage.put(y2025, 0);
  await storage.put(y2026, 0);
  provideStorage(storage);
});

describe("HistoryPage", () => {
  it("shows the scores by year in a table and what changed from 2025 to 2026", async () => {
    renderWithApp(<HistoryPage />, { state: { assessment: y2026 } });
    expect(screen.getByRole("heading", { level: 1, name: "Kehitys vuosittain" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: /vuosittain/ });
    const overall = within(table).getByRole("row", { name: /^Kokonaistulos/ });
    expect(
      within(overall)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([
      `33 / 100, vastattu 98\u00a0% (${items.length - 1}/${items.length})`,
      `67 / 100, vastattu 100\u00a0% (${items.length - 1}/${items.length - 1})`,
    ]);
    expect(screen.getByText("Kokonaistulos 33 → 67 (+34 pistettä)")).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 3, name: `Nousi (${items.length - 2})` }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Laski (0)" })).toBeInTheDocument();
    const unknown = screen.getByRole("region", { name: /^En tiedä tai vastaamatta.*\(1\)$/ });
    expect(within(unknown).getByText("2025: En tiedä → 2026: Pääosin käytössä")).toBeInTheDocument();
    const notApplicable = screen.getByRole("region", { name: /^Ei sovellu.*\(1\)$/ });
    expect(within(notApplicable).getByText("2025: Aloitettu → 2026: Ei sovellu meille")).toBeInTheDocument();
  });

  it("says so when two equal years are chosen", async () => {
    const user = userEvent.setup();
    renderWithApp(<HistoryPage />, { state: { assessment: y2026 } });
    await user.selectOptions(await screen.findByLabelText("Mistä vuodesta"), "2026");
    expect(screen.getByText(/Valitse kaksi eri vuotta/)).toBeInTheDocument();
    expect(screen.queryByText(/^Kokonaistulos \d/)).not.toBeInTheDocument();
  });

  it("explains that one year alone has no history, in Swedish", async () => {
    const other = {
      ...y2026,
      id: "poytya-2026",
      meta: { ...y2026.meta, municipality: "Pöytyä", municipalityCode: "619" },
    };
    renderWithApp(<HistoryPage />, { state: { assessment: other }, language: "sv" });
    expect(
      await screen.findByText(/Endast utvärderingen för år 2026 har sparats \(Pöytyä, Kommun\)/),
    ).toBeInTheDocument();
  });
});
