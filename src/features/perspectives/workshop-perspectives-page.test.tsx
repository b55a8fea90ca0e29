import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { renderWithApp } from "../../../tests/render-app";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import { useWorkshopStore } from "../../store/workshops";
import { associationAssessments, ownAssessment } from "./perspectives-fixture";
import WorkshopPerspectivesPage from "./workshop-perspectives-page";

const [checklist] = bundledRegistry.checklists as [Checklist];
const own = ownAssessment(checklist);
const aura: Assessment = {
  ...own,
  id: "aura-own-0001",
  meta: { ...own.meta, municipality: "Aura", municipalityCode: "019" },
};
const auraAssociation: Assessment = {
  ...aura,
  id: "aura-association-1",
  meta: { ...aura.meta, respondentRole: "association" },
};

beforeEach(() => {
  provideStorage(createMemoryStorage());
  useWorkshopStore.setState({ summaries: null, problems: [], workshop: null });
});

async function workshopWith(members: readonly Assessment[]): Promise<string> {
  const workshop = await useWorkshopStore.getState().createWorkshop("Varsinais-Suomi 2026");
  await useWorkshopStore.getState().addMembers(
    workshop.id,
    members.map((assessment) => ({ fileName: `${assessment.id}.json`, addedAt: own.updatedAt, assessment })),
  );
  return workshop.id;
}

describe("WorkshopPerspectivesPage", () => {
  it("sets the municipality's own assessment beside its associations' answers only", async () => {
    const id = await workshopWith([aura, auraAssociation, own, ...associationAssessments(checklist)]);
    renderWithApp(<WorkshopPerspectivesPage workshopId={id} municipalityKey="284" />);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Näkökulmat: Koski Tl" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Vertailussa on 3 yhdistyksen vastaukset/)).toBeInTheDocument();
    expect(
      screen.getByText("1 kohdassa ero on kaksi tasoa tai enemmän; se on merkitty sanoilla ”Suuri ero”."),
    ).toBeInTheDocument();
  });

  it("says so when the workshop has no assessment by the municipality itself", async () => {
    const id = await workshopWith(associationAssessments(checklist));
    renderWithApp(<WorkshopPerspectivesPage workshopId={id} municipalityKey="284" />, { language: "en" });
    expect(
      await screen.findByText(/The workshop has no assessment by this municipality itself/),
    ).toBeInTheDocument();
  });
});
