import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { linkOfText, unpackLink } from "../../../tests/fixtures/share-link-data";
import { renderWithApp } from "../../../tests/render-app";
import type { Assessment } from "../../domain/assessment";
import { allItems } from "../../domain/checklist-lookup";
import { latestChecklist } from "../../domain/registry-lookup";
import { encodeShareLink } from "../../domain/share-link";
import { useAppStore } from "../../store/app-store";
import SharePage from "./share-page";

const checklist = latestChecklist(bundledRegistry);
if (!checklist) throw new Error("no shipped checklist");
const [first, second] = allItems(checklist);
if (!first || !second) throw new Error("the shipped checklist has fewer than two items");

const shared: Assessment = {
  id: "shared-assessment-0001",
  createdAt: "2026-11-23T12:00:00.000Z",
  checklist: { id: checklist.id, version: checklist.version },
  meta: {
    municipality: "Koski Tl",
    municipalityCode: "284",
    year: 2025,
    respondentRole: "association",
    date: "2025-10-01",
  },
  answers: { [first.id]: { kind: "level", level: 1, note: "Sovittu." }, [second.id]: { kind: "dontKnow" } },
  targets: {},
  actions: [],
  calendar: [],
  updatedAt: "2025-10-01T12:00:00.000Z",
};

const open: Assessment = { ...shared, id: "open-assessment-0001", meta: { ...shared.meta, year: 2026 } };

describe("SharePage", () => {
  // First: no link has been received in this page view yet.
  it("says so when opened with no link", () => {
    renderWithApp(<SharePage data={null} />, { language: "fi" });
    expect(screen.getByRole("status")).toHaveTextContent("Tällä sivulla ei ole jakolinkkiä");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("shows what the link holds, clears the address bar and imports a copy beside the open one", async () => {
    const user = userEvent.setup();
    window.location.hash = "#/share/placeholder";
    const data = await encodeShareLink(shared, checklist, { includeNotes: true });
    renderWithApp(<SharePage data={data} />, { language: "en", state: { assessment: open } });
    expect(await screen.findByText("Association or NGO")).toBeInTheDocument();
    expect(screen.getByText(`2 / ${allItems(checklist).length} items answered`)).toBeInTheDocument();
    expect(screen.getByText("1 note")).toBeInTheDocument();
    expect(screen.getByText("2025")).toBeInTheDocument();
    expect(window.location.hash).toBe("#/share");

    await user.click(screen.getByRole("button", { name: "Import as a copy" }));
    const copy = useAppStore.getState().assessment;
    expect(copy?.id).not.toBe(shared.id);
    expect(copy?.id).not.toBe(open.id);
    expect(copy && { ...copy, id: shared.id }).toEqual(shared);
    expect(screen.getByRole("link", { name: "Go to the assessment's details" })).toHaveFocus();
    expect(screen.queryByRole("button", { name: "Import as a copy" })).not.toBeInTheDocument();
  });

  it("lists faulty entries and imports the valid part only when asked", async () => {
    const user = userEvent.setup();
    const data = await encodeShareLink(shared, checklist, { includeNotes: true });
    const file = JSON.stringify({ ...JSON.parse(await unpackLink(data)), targets: { "#0": 7 } });
    renderWithApp(<SharePage data={await linkOfText(file)} />, {
      language: "fi",
      state: { assessment: open },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Osa linkin tiedoista on virheellisiä");
    expect(useAppStore.getState().assessment).toBe(open);
    await user.click(screen.getByRole("button", { name: "Tuo virheettömät tiedot kopiona" }));
    expect(useAppStore.getState().assessment?.answers).toEqual(shared.answers);
    expect(useAppStore.getState().assessment?.targets).toEqual({});
  });

  it("says in the user's language why a link cannot be read, and changes nothing", async () => {
    renderWithApp(<SharePage data="v1.AAAA" />, { language: "sv", state: { assessment: open } });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Delningslänken kan inte läsas");
    expect(alert).toHaveTextContent("Länken är ofullständig eller skadad.");
    expect(alert).toHaveTextContent("Inget som sparats i den här webbläsaren har ändrats.");
    expect(useAppStore.getState().assessment).toBe(open);
  });

  it("names the file import's problems for a link that holds no valid assessment", async () => {
    renderWithApp(
      <SharePage data={await linkOfText('{"format":"kumppanuuspeili-assessment","formatVersion":9}')} />,
      {
        language: "en",
      },
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The link's assessment has errors:");
    expect(alert.querySelector(".problem-list li")).not.toBeNull();
  });
});
