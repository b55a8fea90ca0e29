import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { renderWithApp } from "../../../tests/render-app";
import type { Checklist } from "../../domain/checklist";
import { generateAssessments } from "../../domain/generate-assessments";
import type { RegionalReport } from "../../domain/regional-report";
import { workshopMember } from "../../domain/workshop";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import { useWorkshopStore } from "../../store/workshops";
import { downloadBlob } from "../../ui/download";
import { createRegionalPdf } from "./pdf/create-regional-pdf";
import WorkshopReportPage from "./workshop-report-page";

// The PDF itself is tested in pdf/regional-summary.test.ts.
vi.mock("./pdf/create-regional-pdf", () => ({ createRegionalPdf: vi.fn() }));
vi.mock("./pdf/font-files", () => ({ fetchReportFonts: vi.fn(async () => ({ regular: "", bold: "" })) }));
vi.mock("../../ui/download", () => ({ downloadBlob: vi.fn() }));

const [checklist] = bundledRegistry.checklists as [Checklist];
const pdf = new Blob(["%PDF-1.3"], { type: "application/pdf" });

beforeEach(() => {
  provideStorage(createMemoryStorage());
  useWorkshopStore.setState({ summaries: null, problems: [], workshop: null });
  vi.mocked(createRegionalPdf).mockReset().mockReturnValue(pdf);
  vi.mocked(downloadBlob).mockReset();
});

describe("WorkshopReportPage", () => {
  it("makes the regional summary of the workshop's members in the chosen language", async () => {
    const workshops = useWorkshopStore.getState();
    const workshop = await workshops.createWorkshop("Varsinais-Suomi 2026");
    const members = generateAssessments(checklist, 27, 5);
    await workshops.addMembers(
      workshop.id,
      members.map((assessment) => workshopMember(`${assessment.id}.json`, assessment, new Date())),
    );
    const user = userEvent.setup();
    renderWithApp(<WorkshopReportPage workshopId={workshop.id} />, { language: "fi" });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Alueellinen yhteenveto: Varsinais-Suomi 2026" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Svenska" }));
    await user.click(screen.getByRole("button", { name: "Luo yhteenveto PDF-tiedostona" }));

    expect(await screen.findByText(/Raportti on valmis/)).toBeInTheDocument();
    const [report] = vi.mocked(createRegionalPdf).mock.lastCall ?? [];
    expect((report as RegionalReport).language).toBe("sv");
    expect((report as RegionalReport).memberCount).toBe(27);
    const [fileName] = vi.mocked(downloadBlob).mock.lastCall ?? [];
    expect(fileName).toMatch(
      /^kumppanuuspeili-regional-sammanfattning-varsinais-suomi-2026-\d{4}-\d\d-\d\d\.pdf$/,
    );
  });

  it("says so when the workshop is not in this browser", async () => {
    renderWithApp(<WorkshopReportPage workshopId="no-such-workshop" />, { language: "en" });
    expect(await screen.findByText("The workshop was not found in this browser.")).toBeInTheDocument();
  });
});
