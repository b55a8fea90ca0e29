import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { catchDownloads } from "../../../tests/catch-downloads";
import { renderWithApp } from "../../../tests/render-app";
import { readAssessmentFile } from "../../domain/assessment-file";
import { useAppStore } from "../../store/app-store";
import { DetailsPage } from "./details-page";
import { announceImport } from "./import-notice";
import { bundledChecklist, savedAssessment } from "./test-support";

const checklist = bundledChecklist();
const [firstTheme] = checklist.themes;
if (!firstTheme) throw new Error("The bundled checklist has no themes");

function renderDetails(
  options: Parameters<typeof renderWithApp>[1] = { state: { assessment: savedAssessment() } },
) {
  const user = userEvent.setup();
  renderWithApp(<DetailsPage />, options);
  return user;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("DetailsPage", () => {
  it("saves the municipality as the user types and says so", async () => {
    const user = renderDetails();
    const municipality = screen.getByRole("combobox", { name: "Kunta" });
    await user.clear(municipality);
    await user.type(municipality, "Parainen");
    expect(useAppStore.getState().assessment?.meta.municipality).toBe("Parainen");
    expect(screen.getByRole("status")).toHaveTextContent("Tallennettu automaattisesti.");
  });

  it("offers the respondent role as the same large cards as the answers, moved with the arrow keys", async () => {
    const user = renderDetails();
    const roles = within(screen.getByRole("group", { name: "Kuka arvioi?" }));
    const municipality = roles.getByRole("radio", { name: "Kunta" });
    // The card is the whole box: the label's overlay (choice-option.css) makes it the click target.
    expect(municipality.closest(".choices > .choice")).not.toBeNull();
    await user.click(roles.getByText("Yhdistys tai järjestö"));
    expect(useAppStore.getState().assessment?.meta.respondentRole).toBe("association");
    await user.keyboard("{ArrowRight}");
    expect(roles.getByRole("radio", { name: "Yhteinen työpaja" })).toBeChecked();
    expect(useAppStore.getState().assessment?.meta.respondentRole).toBe("workshop");
  });

  it("saves the respondent role and the date", async () => {
    const user = renderDetails();
    await user.click(screen.getByRole("radio", { name: "Yhteinen työpaja" }));
    expect(useAppStore.getState().assessment?.meta.respondentRole).toBe("workshop");
    const date = screen.getByLabelText("Arviointipäivä");
    await user.clear(date);
    await user.type(date, "2026-04-02");
    expect(useAppStore.getState().assessment?.meta.date).toBe("2026-04-02");
  });

  it("shows validation errors in Swedish and keeps the last valid value", async () => {
    const user = renderDetails({ language: "sv", state: { assessment: savedAssessment() } });
    const year = screen.getByRole("spinbutton", { name: "År" });
    await user.clear(year);
    await user.type(year, "1800");
    await user.tab();
    expect(year).toHaveAttribute("aria-invalid", "true");
    expect(year).toHaveAccessibleDescription(
      expect.stringContaining("Ange året med siffror mellan 2000 och 2100."),
    );
    expect(screen.getByRole("status")).toHaveTextContent("Ändringen sparades inte");
    expect(useAppStore.getState().assessment?.meta.year).toBe(2026);

    await user.clear(year);
    await user.type(year, "2025");
    expect(year).not.toHaveAttribute("aria-invalid");
    expect(useAppStore.getState().assessment?.meta.year).toBe(2025);
  });

  it("suggests municipality names in the user's language", () => {
    renderDetails({ language: "sv", state: { assessment: savedAssessment() } });
    const list = document.getElementById(
      screen.getByRole("combobox", { name: "Kommun" }).getAttribute("list") ?? "",
    );
    const names = Array.from(list?.querySelectorAll("option") ?? [], (option) => option.value);
    expect(names).toContain("Helsingfors");
    expect(names).toContain("Koski Tl");
    expect(names).toHaveLength(308);
  });

  it("stores the code of an official name typed in Swedish and shows the match quietly", async () => {
    const user = renderDetails({ language: "sv", state: { assessment: savedAssessment() } });
    const municipality = screen.getByRole("combobox", { name: "Kommun" });
    await user.clear(municipality);
    await user.type(municipality, "Pargas");
    expect(useAppStore.getState().assessment?.meta).toMatchObject({
      municipality: "Pargas",
      municipalityCode: "445",
    });
    expect(municipality).toHaveAccessibleDescription(
      expect.stringContaining("Pargas · kommunnummer 445 · Egentliga Finland"),
    );
  });

  it("stores 284 for Koski Tl, no code for free text, and clears the code when the name changes", async () => {
    const user = renderDetails();
    const municipality = screen.getByRole("combobox", { name: "Kunta" });
    await user.clear(municipality);
    await user.type(municipality, "Koski Tl");
    expect(useAppStore.getState().assessment?.meta.municipalityCode).toBe("284");
    expect(screen.getByText("Koski Tl · kuntanumero 284 · Varsinais-Suomi")).toBeInTheDocument();

    await user.type(municipality, " kuntayhtymä");
    expect(useAppStore.getState().assessment?.meta.municipality).toBe("Koski Tl kuntayhtymä");
    expect(useAppStore.getState().assessment?.meta.municipalityCode).toBeUndefined();
    expect(screen.queryByText(/kuntanumero/)).not.toBeInTheDocument();

    await user.clear(municipality);
    await user.type(municipality, "Kuntayhtymä X");
    expect(useAppStore.getState().assessment?.meta.municipalityCode).toBeUndefined();
  });

  it("lists the themes with their progress and links", () => {
    const [a, b] = firstTheme.items;
    renderDetails({
      state: {
        assessment: savedAssessment({
          ...(a && { [a.id]: { kind: "level", level: 2 } }),
          ...(b && { [b.id]: { kind: "dontKnow" } }),
        }),
      },
    });
    const link = screen.getByRole("link", { name: firstTheme.title.fi });
    expect(link).toHaveAttribute("href", `#/assessment/theme/${firstTheme.id}`);
    const themeProgress = screen.getAllByRole("progressbar")[0];
    expect(themeProgress).toHaveAccessibleName(
      `${firstTheme.title.fi} 2 / ${firstTheme.items.length} vastattu`,
    );
    const total = checklist.themes.reduce((sum, theme) => sum + theme.items.length, 0);
    expect(screen.getByRole("progressbar", { name: `Koko arviointi 2 / ${total} vastattu` })).toHaveAttribute(
      "value",
      "2",
    );
  });

  it("exports the assessment as a file that imports back", async () => {
    const files = catchDownloads();
    const assessment = savedAssessment({ [firstTheme.items[0]?.id ?? ""]: { kind: "level", level: 3 } });
    const user = renderDetails({ state: { assessment } });

    await user.click(screen.getByRole("button", { name: "Vie arviointi (JSON)" }));

    expect(files.map((file) => file.name)).toEqual(["kumppanuuspeili-koski-tl-2026-03-15.json"]);
    const text = await files[0]?.blob.text();
    const readBack = readAssessmentFile(text ?? "", bundledRegistry.checklists);
    expect(readBack).toEqual({ ok: true, value: assessment });
    // Said in a polite live region, since a download may show nothing on the page itself.
    const confirmation = await screen.findByText(
      "Tiedosto ladattu: kumppanuuspeili-koski-tl-2026-03-15.json",
    );
    expect(confirmation).toHaveAttribute("aria-live", "polite");
    // Let the delayed revoke run while the stub is still in place.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it("says the import worked on the first view after an import", () => {
    announceImport("koski.json");
    renderDetails();
    expect(screen.getByText("Arviointi tuotiin tiedostosta koski.json.")).toHaveAttribute("role", "status");
  });

  it("offers to start an assessment when none is saved", async () => {
    const user = renderDetails({});
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    const notice = screen.getByText("Arviointia ei ole vielä aloitettu").closest("div");
    await user.click(within(notice ?? document.body).getByRole("button", { name: "Aloita uusi arviointi" }));
    expect(useAppStore.getState().assessment).not.toBeNull();
    expect(screen.getByRole("combobox", { name: "Kunta" })).toHaveValue("");
  });
});
