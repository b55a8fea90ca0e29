import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { renderWithApp } from "../../../tests/render-app";
import type { Checklist } from "../../domain/checklist";
import { invitationQuery } from "../../domain/invitation";
import { useAppStore } from "../../store/app-store";
import InvitePage from "./invite-page";
import { ownAssessment } from "./perspectives-fixture";

const [checklist] = bundledRegistry.checklists as [Checklist];
const query = invitationQuery({
  checklist: { id: checklist.id, version: checklist.version },
  municipality: "Kemiönsaari",
  municipalityCode: "322",
  year: 2026,
});

describe("InvitePage", () => {
  it("opens a new association assessment with the invitation's details, keeping the open one", async () => {
    const user = userEvent.setup();
    const before = ownAssessment(checklist);
    renderWithApp(<InvitePage query={query} />, { language: "sv", state: { assessment: before } });
    // The Swedish name in Swedish.
    expect(
      screen.getByText("Du har bjudits in att värdera Kimitoön för året 2026 ur en förenings perspektiv."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Börja föreningens värdering" }));

    const started = useAppStore.getState().assessment;
    expect(started?.id).not.toBe(before.id);
    expect(started?.checklist).toEqual({ id: checklist.id, version: checklist.version });
    expect(started?.meta).toMatchObject({
      municipality: "Kemiönsaari",
      municipalityCode: "322",
      year: 2026,
      respondentRole: "association",
    });
    expect(started?.answers).toEqual({});
    expect(window.location.hash).toBe("#/assessment/details");
  });

  it("says clearly, in the user's language, that a broken link is not valid", () => {
    renderWithApp(<InvitePage query="checklist=x&year=abc" />, { language: "fi" });
    expect(screen.getByRole("alert")).toHaveTextContent("Kutsulinkki ei ole kelvollinen");
    expect(screen.queryByRole("button", { name: "Aloita yhdistyksen arviointi" })).not.toBeInTheDocument();
  });

  it("refuses an invitation for a checklist the app does not have", () => {
    renderWithApp(<InvitePage query={query.replace(checklist.id, "tuntematon-lista")} />, { language: "en" });
    expect(screen.getByRole("alert")).toHaveTextContent("The invitation's checklist is not available");
  });
});
