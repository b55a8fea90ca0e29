import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  PIENI_KUNTA_1_0,
  PIENI_KUNTA_1_1,
  PIENI_KUNTA_1_2,
} from "../../../tests/fixtures/checklist-versions";
import { renderWithApp } from "../../../tests/render-app";
import { type Assessment, createAssessment } from "../../domain/assessment";
import { checklistRef } from "../../domain/checklist-lookup";
import { useAppStore } from "../../store/app-store";
import VersionsPage from "./versions-page";

const registry = { checklists: [PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2], errors: [] };

function answered(): Assessment {
  const assessment = createAssessment(
    checklistRef(PIENI_KUNTA_1_0),
    new Date("2026-03-01T10:00:00Z"),
    "arvio-1",
  );
  return {
    ...assessment,
    meta: { ...assessment.meta, municipality: "Pieni kunta", year: 2026 },
    answers: {
      a1: { kind: "level", level: 2 },
      a4: { kind: "level", level: 1, note: "Pöytäkirja" },
      b2: { kind: "level", level: 3 },
      c2: { kind: "dontKnow" },
    },
  };
}

describe("VersionsPage", () => {
  it("shows what moving to the newest version changes, and changes nothing until accepted", async () => {
    const before = answered();
    renderWithApp(<VersionsPage />, { state: { assessment: before, checklistRegistry: registry } });
    expect(screen.getByRole("heading", { level: 1, name: "Tarkistuslistan versiot" })).toBeInTheDocument();
    const move = screen.getByRole("region", { name: "Siirto versioon 1.2.0" });
    expect(
      within(move).getByText("Arviointi Pieni kunta 2026 on tehty tarkistuslistan versiolla 1.0.0."),
    ).toBeInTheDocument();
    expect(within(move).getByText("Muutokset 1.1.0")).toBeInTheDocument();
    expect(within(move).getByText("Muutokset 1.2.0")).toBeInTheDocument();
    // a1 split into a1a (kept in 1.2.0) and a1b (merged into a-all in 1.2.0); c2 changed meaning.
    expect(within(move).getByRole("heading", { level: 3, name: "Tarkista nämä (3)" })).toBeInTheDocument();
    expect(within(move).getByText("Jaettu kohdasta: ”a1”")).toBeInTheDocument();
    expect(
      within(move).getByText("Yhdistetty kohdista: ”a1b” ja ”a23” (ehdotuksena alin taso)"),
    ).toBeInTheDocument();
    expect(within(move).getByText("Kysymys muuttui")).toBeInTheDocument();
    expect(
      within(move).getByRole("heading", { level: 3, name: "Säilyvät arvioinnin historiassa (3)" }),
    ).toBeInTheDocument();
    expect(within(move).getByText("Siirtyvät sellaisinaan (1)")).toBeInTheDocument();
    expect(within(move).getByText("Vastaamatta uudessa versiossa (2)")).toBeInTheDocument();
    expect(useAppStore.getState().assessment).toEqual(before);

    await userEvent.click(within(move).getByRole("button", { name: "Siirrä arviointi versioon 1.2.0" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Arviointi siirrettiin versioon 1.2.0. Tarkistettavia kohtia: 3.",
    );
    expect(screen.getByRole("link", { name: "Siirry ensimmäiseen tarkistettavaan kohtaan" })).toHaveAttribute(
      "href",
      "#/assessment/theme/yhteistyo",
    );
    const after = useAppStore.getState().assessment;
    expect(after?.checklist.version).toBe("1.2.0");
    expect(Object.keys(after?.retiredAnswers ?? {}).sort()).toEqual(["a1", "a1b", "a4"]);
    const history = screen.getByRole("region", { name: "Vastaukset kohtiin, joita ei enää kysytä (3)" });
    expect(within(history).getByText("– Pöytäkirja", { exact: false })).toBeInTheDocument();
  });

  it("says so when the assessment is on the newest version, and shows any two versions' difference in Swedish", async () => {
    const newest = { ...answered(), checklist: checklistRef(PIENI_KUNTA_1_2), answers: {} };
    renderWithApp(<VersionsPage />, {
      language: "sv",
      state: { assessment: newest, checklistRegistry: registry },
    });
    expect(
      screen.getByText("Värderingen är gjord med checklistans senaste version 1.2.0."),
    ).toBeInTheDocument();
    const diff = screen.getByRole("region", { name: "Skillnader mellan versioner" });
    expect(within(diff).getByText("Skillnader: 8")).toBeInTheDocument();
    await userEvent.selectOptions(within(diff).getByLabelText("Nyare version"), "1.1.0");
    expect(within(diff).getByText("Skillnader: 6")).toBeInTheDocument();
    expect(within(diff).getByText("Delad: ”a1” (a1) → ”a1a” (a1a) och ”a1b” (a1b)")).toBeInTheDocument();
    expect(within(diff).getByText("Varför: Ei lähteessä")).toBeInTheDocument();
    await userEvent.selectOptions(within(diff).getByLabelText("Äldre version"), "1.1.0");
    expect(within(diff).getByText("Det finns inga skillnader mellan versionerna.")).toBeInTheDocument();
  });
});
