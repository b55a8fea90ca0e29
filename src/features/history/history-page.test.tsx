import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { renderWithApp } from "../../../tests/render-app";
import type { Checklist } from "../../domain/checklist";
import { allItems } from "../../domain/checklist-lookup";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import { koskiYears } from "./history-fixture";
import HistoryPage from "./history-page";

const [checklist] = bundledRegistry.checklists as [Checklist];
const items = allItems(checklist);
const { y2025, y2026 } = koskiYears(checklist);

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
      `33 / 100 pisteytetty 98\u00a0% (${items.length - 1}/${items.length})`,
      `67 / 100 pisteytetty 100\u00a0% (${items.length - 1}/${items.length - 1})`,
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

  it("without an assessment says so and links to the start", () => {
    renderWithApp(<HistoryPage />, { language: "en" });
    expect(screen.getByText("No assessment of your own has been started yet")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Start the assessment" })).toHaveAttribute("href", "#/");
  });

  it("compares only the items both checklist versions have and says how many were left out", async () => {
    const [theme, ...rest] = checklist.themes;
    if (!theme) throw new Error("the checklist has themes");
    // 1.1.0 without the first theme's last item.
    const newer: Checklist = {
      ...checklist,
      version: "1.1.0",
      themes: [{ ...theme, items: theme.items.slice(0, -1) }, ...rest],
    };
    const open = { ...y2026, checklist: { id: checklist.id, version: "1.1.0" } };
    renderWithApp(<HistoryPage />, {
      state: { assessment: open, checklistRegistry: { checklists: [checklist, newer], errors: [] } },
    });
    expect(
      await screen.findByText(
        "1 kohta on vain toisen vuoden kysymyslistan versiossa, joten sitä ei verrata.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 3, name: `Nousi (${items.length - 3})` }),
    ).toBeInTheDocument();
  });
});
