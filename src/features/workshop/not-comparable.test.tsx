import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { regional } from "../../../tests/fixtures/adapted-checklist";
import { PIENI_KUNTA_1_0 } from "../../../tests/fixtures/checklist-versions";
import { renderWithApp } from "../../../tests/render-app";
import { createAssessment } from "../../domain/assessment";
import { checklistRef } from "../../domain/checklist-lookup";
import { alignMembers } from "../../domain/regional";
import "./i18n";
import { NotComparable } from "./not-comparable";

describe("NotComparable", () => {
  it("names a workshop member's adapted checklist, the items it hides with their reason and its own items", () => {
    const adapted = regional();
    const members = [
      createAssessment(checklistRef(PIENI_KUNTA_1_0), new Date("2026-03-01T10:00:00Z"), "kunta-a"),
      createAssessment(checklistRef(adapted), new Date("2026-03-01T10:00:00Z"), "kunta-b"),
    ];
    const alignment = alignMembers(members, [PIENI_KUNTA_1_0, adapted]);
    if (!alignment) throw new Error("aligned");
    renderWithApp(<NotComparable alignment={alignment} checklists={[PIENI_KUNTA_1_0, adapted]} />);
    expect(
      screen.getByText("Arvioinnit vastaavat tarkistuslistan eri versioita (1.0.0, seutu-kunta 1.0.0)"),
    ).toBeInTheDocument();
    expect(
      screen.getByText("a2 – piilotettu tarkistuslistassa seutu-kunta 1.0.0, syy: Ei seudulla"),
    ).toBeInTheDocument();
    expect(screen.getByText("Kylätoimikunnat kutsutaan (puuttuu versiosta 1.0.0)")).toBeInTheDocument();
  });
});
