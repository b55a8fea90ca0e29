import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import { createMemoryStorage } from "../../store/assessment-storage";
import { provideStorage } from "../../store/storage-handle";
import { useWorkshopStore } from "../../store/workshops";
import MemberPage from "./member-page";
import { checklist, koski, member, workshopOf } from "./workshop-fixture";

const [cooperation] = checklist.themes;
const [first, second] = cooperation?.items ?? [];
const turku = member({
  id: "turku-2026-0001",
  municipality: "Turku",
  code: "853",
  themeLevels: [3, 0, 1],
  answers: {
    [first?.id ?? ""]: { kind: "level", level: 3, note: "Yhdistysilta keväällä ja syksyllä." },
    [second?.id ?? ""]: { kind: "notApplicable", reason: "Hoidetaan seutukunnan yhteistyönä." },
  },
});
const workshop = workshopOf([koski, turku]);

beforeEach(async () => {
  useWorkshopStore.setState(useWorkshopStore.getInitialState(), true);
  const storage = createMemoryStorage();
  await storage.putWorkshop(workshop);
  provideStorage(storage);
});

describe("MemberPage", () => {
  it("shows one member's scores per theme and every answer, in Swedish with the Swedish name", async () => {
    renderWithApp(<MemberPage workshopId={workshop.id} memberId={turku.id} />, { language: "sv" });
    expect(await screen.findByRole("heading", { level: 1, name: "Åbo" })).toBeInTheDocument();
    const scores = screen.getByRole("table", { name: "Poäng per tema" });
    const row = within(scores).getByRole("row", { name: new RegExp(`^${cooperation?.title.sv}`) });
    // 16 items at level 3 and one not applicable: 100 out of 100, 16 of 16 applicable answered.
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["100 / 100", "100\u00a0% (16/16)", "Föregångare"]);
    const answers = screen.getByRole("table", { name: cooperation?.title.sv });
    expect(within(answers).getAllByRole("row")[2]).toHaveTextContent("–Gäller inte oss");
  });

  it("shows notes and reasons only when asked", async () => {
    const user = userEvent.setup();
    renderWithApp(<MemberPage workshopId={workshop.id} memberId={turku.id} />);
    await screen.findByRole("heading", { level: 1, name: "Turku" });
    expect(screen.queryByText("Yhdistysilta keväällä ja syksyllä.")).not.toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Näytä muistiinpanot" }));
    expect(screen.getByText("Yhdistysilta keväällä ja syksyllä.")).toBeInTheDocument();
    expect(screen.getByText("Perustelu: Hoidetaan seutukunnan yhteistyönä.")).toBeInTheDocument();
  });

  it("says so when the member is not in the workshop", async () => {
    renderWithApp(<MemberPage workshopId={workshop.id} memberId="no-such-member" />);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Työpajaa ei löytynyt" }),
    ).toBeInTheDocument();
  });
});
