import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { renderWithApp } from "../../../tests/render-app";
import type { Checklist } from "../../domain/checklist";
import type { Report } from "../../domain/report";
import { scoreAssessment } from "../../domain/scoring";
import { workshopMember } from "../../domain/workshop";
import { useAppStore } from "../../store/app-store";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import { useWorkshopStore } from "../../store/workshops";
import { downloadBlob } from "../../ui/download";
import { createReportDocx } from "./docx/create-report-docx";
import { createReportPdf, warmUpPdf } from "./pdf/create-report-pdf";
import { fetchReportFonts } from "./pdf/font-files";
import { reportFixture } from "./report-fixture";
import ReportPage from "./report-page";

// jsPDF and the fonts are not what this test is about: the PDF itself is tested in pdf/render-report.test.ts.
vi.mock("./pdf/create-report-pdf", () => ({ createReportPdf: vi.fn(), warmUpPdf: vi.fn() }));
vi.mock("./pdf/font-files", () => ({ fetchReportFonts: vi.fn(async () => ({ regular: "", bold: "" })) }));
vi.mock("../../ui/download", () => ({ downloadBlob: vi.fn() }));
// The real Word code, watched, so a test can make it fail as if its chunk had not arrived.
vi.mock("./docx/create-report-docx", async (importOriginal) => {
  const real = await importOriginal<typeof import("./docx/create-report-docx")>();
  return { ...real, createReportDocx: vi.fn(real.createReportDocx) };
});

const [checklist] = bundledRegistry.checklists as [Checklist];
const assessment = reportFixture(checklist);
const pdf = new Blob(["%PDF-1.3"], { type: "application/pdf" });

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function reportPassedToPdf(): Report {
  const [report] = vi.mocked(createReportPdf).mock.lastCall ?? [];
  if (!report) throw new Error("no report was made");
  return report;
}

beforeEach(() => {
  vi.mocked(createReportPdf).mockReset();
  vi.mocked(warmUpPdf).mockReset();
  vi.mocked(downloadBlob).mockReset();
});

describe("ReportPage", () => {
  it("without a saved assessment explains and links to the start", () => {
    renderWithApp(<ReportPage />);
    expect(screen.getByRole("heading", { level: 1, name: "Raportti" })).toBeInTheDocument();
    expect(screen.getByText(/eikä tähän selaimeen ole vielä tallennettu arviointia/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Siirry etusivulle aloittamaan" })).toHaveAttribute("href", "#/");
    expect(screen.queryByRole("button", { name: "Luo PDF-raportti" })).not.toBeInTheDocument();
  });

  it("warms the PDF code up, once the page is idle, with the report its options would make now", async () => {
    renderWithApp(<ReportPage />, { language: "sv", state: { assessment } });
    await vi.waitFor(() => expect(warmUpPdf).toHaveBeenCalledOnce());
    const [report, , fonts] = vi.mocked(warmUpPdf).mock.lastCall ?? [];
    expect(fonts).toEqual({ regular: "", bold: "" });
    expect(report?.language).toBe("sv");
    expect(report?.comparison?.name).toBe("Koskis");
    expect(createReportPdf).not.toHaveBeenCalled();
    expect(downloadBlob).not.toHaveBeenCalled();
  });

  it("defaults to the screen's language, Koski Tl (Koskis in Swedish) and notes included", async () => {
    renderWithApp(<ReportPage />, { language: "sv", state: { assessment } });
    expect(screen.getByRole("radio", { name: "Svenska" })).toBeChecked();
    expect(await screen.findByRole("radio", { name: "Koskis (exempelkommun)" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Ingen jämförelse" })).not.toBeChecked();
    expect(
      screen.getByRole("checkbox", { name: "Ta med anteckningarna som skrivits vid punkterna" }),
    ).toBeChecked();
  });

  it("makes the report from the saved assessment with the chosen options and downloads it", async () => {
    vi.mocked(createReportPdf).mockReturnValue(pdf);
    const user = userEvent.setup();
    renderWithApp(<ReportPage />, { language: "fi", state: { assessment } });
    await screen.findByRole("radio", { name: "Koski Tl (esimerkkikunta)" });
    await user.click(screen.getByRole("radio", { name: "Svenska" }));
    await user.click(screen.getByRole("checkbox", { name: "Ota mukaan kohtiin kirjoitetut muistiinpanot" }));
    await user.click(screen.getByRole("button", { name: "Luo PDF-raportti" }));

    const fileName = `kumppanuuspeili-rapport-kimitoon-kemionsaari-${today()}.pdf`;
    expect(
      await screen.findByText(`Raportti on valmis ja ladattu tiedostona: ${fileName}`),
    ).toBeInTheDocument();
    expect(downloadBlob).toHaveBeenCalledWith(fileName, pdf);
    const report = reportPassedToPdf();
    expect(report.language).toBe("sv");
    expect(report.includesNotes).toBe(false);
    expect(report.comparison?.name).toBe("Koskis");
    // The same scoring the results page shows.
    expect(report.overall.current.score).toBe(scoreAssessment(checklist, assessment.answers).overall.score);
  });

  it("saves the participants and the board summary as typed, and the report carries them", async () => {
    vi.mocked(createReportPdf).mockReturnValue(pdf);
    const user = userEvent.setup();
    renderWithApp(<ReportPage />, { language: "fi", state: { assessment } });
    await screen.findByRole("radio", { name: "Koski Tl (esimerkkikunta)" });
    const participants = screen.getByRole("textbox", { name: "Osallistujat (vapaaehtoinen)" });
    expect(participants).toHaveAttribute("maxLength", "400");
    await user.type(participants, "hyte-koordinaattori, kaksi yhdistystä");
    await user.type(
      screen.getByRole("textbox", { name: "Yhteenveto lautakunnalle (vapaaehtoinen)" }),
      "Hyvä alku.",
    );
    expect(useAppStore.getState().assessment?.meta).toMatchObject({
      participants: "hyte-koordinaattori, kaksi yhdistystä",
      reportSummary: "Hyvä alku.",
    });
    await user.click(screen.getByRole("button", { name: "Luo PDF-raportti" }));
    await screen.findByText(/Raportti on valmis/);
    expect(reportPassedToPdf()).toMatchObject({
      participants: "hyte-koordinaattori, kaksi yhdistystä",
      boardSummary: ["Hyvä alku."],
    });
  });

  it("warns before a report of an empty or mostly unanswered assessment, and not of a finished one", () => {
    const { unmount } = renderWithApp(<ReportPage />, {
      state: { assessment: { ...assessment, answers: {} } },
    });
    expect(screen.getByText("Yhtään kohtaa ei ole vielä pisteytetty")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Jatka vastaamista" })).toHaveAttribute(
      "href",
      `#/assessment/theme/${checklist.themes[0]?.id}`,
    );
    unmount();
    const [firstId, secondId] = Object.keys(assessment.answers);
    const few = {
      ...assessment,
      answers: Object.fromEntries(
        Object.entries(assessment.answers).filter(([id]) => id === firstId || id === secondId),
      ),
    };
    const { unmount: unmountFew } = renderWithApp(<ReportPage />, { state: { assessment: few } });
    expect(screen.getByText("Arviointi on vielä kesken")).toBeInTheDocument();
    expect(screen.getByText(/^Pisteytetty 2 \/ \d+ soveltuvasta kohdasta/)).toBeInTheDocument();
    unmountFew();
    renderWithApp(<ReportPage />, { state: { assessment } });
    expect(screen.queryByText("Arviointi on vielä kesken")).not.toBeInTheDocument();
  });

  it("links to the same report as a page, with the options picked", async () => {
    const user = userEvent.setup();
    renderWithApp(<ReportPage />, { language: "fi", state: { assessment } });
    await screen.findByRole("radio", { name: "Koski Tl (esimerkkikunta)" });
    const link = screen.getByRole("link", { name: "Avaa raportti saavutettavana verkkosivuna" });
    expect(link).toHaveAttribute("href", "#/report/view?language=fi");
    await user.click(screen.getByRole("radio", { name: "Ei vertailua" }));
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(link).toHaveAttribute("href", "#/report/view?language=en&example=none&notes=1&since=none");
  });

  it("adds the associations' view when their answers are kept for the assessment", async () => {
    provideStorage(createMemoryStorage());
    const workshops = useWorkshopStore.getState();
    const set = await workshops.createWorkshop("Yhdistysten vastaukset", { forAssessmentId: assessment.id });
    const associations = ["0001", "0002", "0003"].map((n) => ({
      ...assessment,
      id: `association-${n}`,
      meta: { ...assessment.meta, respondentRole: "association" as const },
    }));
    await workshops.addMembers(
      set.id,
      associations.map((other) => workshopMember(`${other.id}.json`, other, new Date())),
    );
    vi.mocked(createReportPdf).mockReturnValue(pdf);
    const user = userEvent.setup();
    renderWithApp(<ReportPage />, { state: { assessment } });
    expect(
      await screen.findByText(/^Yhdistysten näkökulma: kunnan vastaukset rinnakkain/),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Luo PDF-raportti" }));
    await screen.findByText(/Raportti on valmis/);
    // The same answers on both sides: no gap anywhere, but every item compared.
    expect(reportPassedToPdf().perceptions?.respondents).toBe(3);
    expect(reportPassedToPdf().perceptions?.flaggedCount).toBe(0);
  });

  it("leaves the comparison out when asked", async () => {
    vi.mocked(createReportPdf).mockReturnValue(pdf);
    const user = userEvent.setup();
    renderWithApp(<ReportPage />, { state: { assessment } });
    await user.click(await screen.findByRole("radio", { name: "Ei vertailua" }));
    await user.click(screen.getByRole("button", { name: "Luo PDF-raportti" }));
    await screen.findByText(/Raportti on valmis/);
    expect(reportPassedToPdf().comparison).toBeNull();
  });

  it("downloads the editable Word file with the same options and the PDF's name in .docx", async () => {
    const user = userEvent.setup();
    renderWithApp(<ReportPage />, { language: "fi", state: { assessment } });
    await screen.findByRole("radio", { name: "Koski Tl (esimerkkikunta)" });
    await user.click(screen.getByRole("radio", { name: "Svenska" }));
    await user.click(screen.getByRole("button", { name: "Lataa muokattava Word-tiedosto (.docx)" }));

    const fileName = `kumppanuuspeili-rapport-kimitoon-kemionsaari-${today()}.docx`;
    expect(
      await screen.findByText(`Raportti on valmis ja ladattu tiedostona: ${fileName}`),
    ).toBeInTheDocument();
    const [name, blob] = vi.mocked(downloadBlob).mock.lastCall ?? [];
    expect(name).toBe(fileName);
    expect(blob?.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // A zip, as every .docx is.
    const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect(String.fromCharCode(...bytes.slice(0, 2))).toBe("PK");
    const [report] = vi.mocked(createReportDocx).mock.lastCall ?? [];
    expect(report?.language).toBe("sv");
    expect(report?.comparison?.name).toBe("Koskis");
    expect(createReportPdf).not.toHaveBeenCalled();
  });

  it("offers a retry when the Word code has not arrived, as for the PDF", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.mocked(createReportDocx).mockRejectedValueOnce(
      new TypeError("Failed to fetch dynamically imported module: create-report-docx.js"),
    );
    const user = userEvent.setup();
    renderWithApp(<ReportPage />, { language: "fi", state: { assessment } });
    await screen.findByRole("radio", { name: "Koski Tl (esimerkkikunta)" });
    await user.click(screen.getByRole("button", { name: "Lataa muokattava Word-tiedosto (.docx)" }));
    expect(await screen.findByText("Toimintoa ei voitu ladata")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Yritä uudelleen" })).toBeInTheDocument();
    expect(downloadBlob).not.toHaveBeenCalled();
  });

  it("says politely, in the user's language, when the report cannot be made", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    // e.g. the app was updated on the server and the old font file is gone.
    vi.mocked(fetchReportFonts).mockRejectedValueOnce(new Error("font: HTTP 404"));
    const user = userEvent.setup();
    renderWithApp(<ReportPage />, { language: "sv", state: { assessment } });
    await screen.findByRole("radio", { name: "Koskis (exempelkommun)" });
    await user.click(screen.getByRole("button", { name: "Skapa PDF-rapport" }));

    const status = screen.getByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(await screen.findByText("Rapporten kunde inte skapas")).toBeInTheDocument();
    expect(status).toHaveTextContent("Er värdering är sparad och oförändrad.");
    expect(downloadBlob).not.toHaveBeenCalled();
  });
});
