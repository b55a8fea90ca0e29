import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Item } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { bundledChecklist, savedAssessment } from "./test-support";
import { ThemePage } from "./theme-page";

const checklist = bundledChecklist();
const [firstTheme] = checklist.themes;
const lastTheme = checklist.themes.at(-1);
if (!firstTheme || !lastTheme) throw new Error("The bundled checklist has no themes");
const [firstItem, secondItem] = firstTheme.items;
if (!firstItem || !secondItem) throw new Error("The first theme needs two items");

function itemGroup(item: Item) {
  return screen.getByRole("group", { name: (name) => name.endsWith(item.text.fi) });
}

function storedAnswer(itemId: string) {
  return useAppStore.getState().assessment?.answers[itemId];
}

function renderTheme(themeId = firstTheme?.id ?? "", assessment = savedAssessment()) {
  const user = userEvent.setup();
  renderWithApp(<ThemePage themeId={themeId} />, { state: { assessment } });
  return user;
}

describe("ThemePage", () => {
  it("shows the theme's position, title and one group of six options per item", () => {
    renderTheme();
    expect(screen.getByText(`Teema 1 / ${checklist.themes.length}`)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: firstTheme.title.fi })).toBeInTheDocument();
    const group = itemGroup(firstItem);
    expect(within(group).getAllByRole("radio")).toHaveLength(6);
    expect(within(group).getByText(firstItem.help.fi)).toBeInTheDocument();
    expect(screen.getAllByRole("group", { name: /./ })).toHaveLength(firstTheme.items.length);
  });

  it("stores the chosen answer at once and updates the theme's progress", async () => {
    const user = renderTheme();
    expect(screen.getByText(`0 / ${firstTheme.items.length} vastattu`)).toBeInTheDocument();
    await user.click(within(itemGroup(firstItem)).getByRole("radio", { name: "Täysin käytössä" }));
    expect(storedAnswer(firstItem.id)).toEqual({ kind: "level", level: 3 });
    expect(screen.getByText(`1 / ${firstTheme.items.length} vastattu`)).toBeInTheDocument();
    await user.click(within(itemGroup(firstItem)).getByText("Aloitettu"));
    expect(storedAnswer(firstItem.id)).toEqual({ kind: "level", level: 1 });
    expect(screen.getByText(`1 / ${firstTheme.items.length} vastattu`)).toBeInTheDocument();
  });

  it("moves between options with the arrow keys without leaving the group at 'not applicable'", async () => {
    const user = renderTheme();
    const group = within(itemGroup(firstItem));
    await user.click(group.getByRole("radio", { name: "En tiedä" }));
    await user.keyboard("{ArrowDown}");
    const notApplicable = group.getByRole("radio", { name: "Ei sovellu meille" });
    expect(notApplicable).toBeChecked();
    expect(notApplicable).toHaveFocus();
    // Without a reason "not applicable" is not an answer yet; the previous one stays.
    expect(storedAnswer(firstItem.id)).toEqual({ kind: "dontKnow" });
  });

  it("asks for a reason before storing 'not applicable'", async () => {
    const user = renderTheme();
    const group = within(itemGroup(firstItem));
    await user.click(group.getByRole("radio", { name: "Ei sovellu meille" }));
    const reason = group.getByRole("textbox", { name: "Miksi kohta ei sovellu teille?" });
    expect(reason).toHaveFocus();
    expect(storedAnswer(firstItem.id)).toBeUndefined();

    await user.tab();
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason).toHaveAccessibleDescription(expect.stringContaining("Kirjoita perustelu."));
    expect(storedAnswer(firstItem.id)).toBeUndefined();

    await user.type(reason, "Kunnassa ei ole omia tiloja");
    expect(storedAnswer(firstItem.id)).toEqual({
      kind: "notApplicable",
      reason: "Kunnassa ei ole omia tiloja",
    });
    expect(reason).not.toHaveAttribute("aria-invalid");
  });

  it("keeps 'not applicable' without a reason, and its note, when the page is left and opened again", async () => {
    const assessment = savedAssessment({ [firstItem.id]: { kind: "level", level: 2 } });
    const user = renderTheme(firstTheme.id, assessment);
    const group = within(itemGroup(firstItem));
    await user.click(group.getByRole("radio", { name: "Ei sovellu meille" }));
    await user.type(group.getByRole("textbox", { name: /^Muistiinpano/ }), "Selvitetään");
    expect(screen.getByRole("status", { name: "" })).toHaveTextContent("Perustelu puuttuu yhdestä kohdasta");
    // The stored answer is still the earlier one: a reason is what is missing.
    expect(storedAnswer(firstItem.id)).toEqual({ kind: "level", level: 2 });

    // Opened again on this visit (renderWithApp would start a new visit, so the page is mounted anew here).
    cleanup();
    render(<ThemePage themeId={firstTheme.id} />);
    const again = within(itemGroup(firstItem));
    expect(again.getByRole("radio", { name: "Ei sovellu meille" })).toBeChecked();
    expect(again.getByRole("textbox", { name: /^Muistiinpano/ })).toHaveValue("Selvitetään");
    const reason = again.getByRole("textbox", { name: "Miksi kohta ei sovellu teille?" });
    await waitFor(() => expect(reason).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByText(/^Perustelu puuttuu yhdestä kohdasta/)).toBeInTheDocument();

    await userEvent.setup().type(reason, "Ei omia tiloja");
    expect(storedAnswer(firstItem.id)).toEqual({
      kind: "notApplicable",
      reason: "Ei omia tiloja",
      note: "Selvitetään",
    });
    expect(screen.queryByText(/^Perustelu puuttuu/)).toBeNull();
  });

  it("saves the note with the answer and keeps it when the answer changes", async () => {
    const user = renderTheme();
    const group = within(itemGroup(secondItem));
    expect(group.queryByRole("textbox")).not.toBeInTheDocument();
    expect(group.getByText(/Valitse ensin vastaus/)).toBeInTheDocument();

    await user.click(group.getByRole("radio", { name: "En tiedä" }));
    await user.type(
      group.getByRole("textbox", { name: "Muistiinpano (näyttö, kuka vastaa)" }),
      "Kysy sivistystoimesta",
    );
    expect(storedAnswer(secondItem.id)).toEqual({ kind: "dontKnow", note: "Kysy sivistystoimesta" });

    await user.click(group.getByRole("radio", { name: "Aloitettu" }));
    expect(storedAnswer(secondItem.id)).toEqual({ kind: "level", level: 1, note: "Kysy sivistystoimesta" });
  });

  it("shows saved answers, reasons and notes when the page opens", () => {
    renderTheme(
      firstTheme.id,
      savedAssessment({
        [firstItem.id]: { kind: "notApplicable", reason: "Pieni kunta", note: "Sovittu työpajassa" },
        [secondItem.id]: { kind: "level", level: 2 },
      }),
    );
    const first = within(itemGroup(firstItem));
    expect(first.getByRole("radio", { name: "Ei sovellu meille" })).toBeChecked();
    expect(first.getByRole("textbox", { name: "Miksi kohta ei sovellu teille?" })).toHaveValue("Pieni kunta");
    expect(first.getByRole("textbox", { name: /Muistiinpano/ })).toHaveValue("Sovittu työpajassa");
    expect(within(itemGroup(secondItem)).getByRole("radio", { name: "Pääosin käytössä" })).toBeChecked();
    expect(screen.getByText(`2 / ${firstTheme.items.length} vastattu`)).toBeInTheDocument();
  });

  it("links to the next theme, and from the last theme to the results", () => {
    const { unmount } = renderWithApp(<ThemePage themeId={firstTheme.id} />, {
      state: { assessment: savedAssessment() },
    });
    expect(screen.queryByRole("link", { name: /Edellinen teema/ })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Seuraava teema/ })).toHaveAttribute(
      "href",
      `#/assessment/theme/${checklist.themes[1]?.id}`,
    );
    unmount();
    renderWithApp(<ThemePage themeId={lastTheme.id} />, { state: { assessment: savedAssessment() } });
    expect(screen.getByRole("link", { name: "Katso tulokset" })).toHaveAttribute("href", "#/results");
    expect(screen.getByRole("link", { name: "Takaisin arvioinnin perustietoihin" })).toHaveAttribute(
      "href",
      "#/assessment/details",
    );
  });

  it("says so when the theme does not exist", () => {
    renderTheme("ei-ole");
    expect(screen.getByRole("heading", { level: 1, name: "Teemaa ei löytynyt" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Siirry arvioinnin teemoihin" })).toHaveAttribute(
      "href",
      "#/assessment/details",
    );
  });

  it("offers to start an assessment when none is saved", async () => {
    const user = userEvent.setup();
    renderWithApp(<ThemePage themeId={firstTheme.id} />);
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Aloita uusi arviointi" }));
    expect(useAppStore.getState().assessment?.checklist).toEqual({
      id: checklist.id,
      version: checklist.version,
    });
    expect(within(itemGroup(firstItem)).getAllByRole("radio")).toHaveLength(6);
  });

  it("shows the checklist's texts in Swedish when the language is Swedish", () => {
    renderWithApp(<ThemePage themeId={firstTheme.id} />, {
      language: "sv",
      state: { assessment: savedAssessment() },
    });
    expect(screen.getByRole("heading", { level: 1, name: firstTheme.title.sv })).toBeInTheDocument();
    const group = screen.getByRole("group", { name: (name) => name.endsWith(firstItem.text.sv) });
    expect(within(group).getByRole("radio", { name: "Gäller inte oss" })).toBeInTheDocument();
  });
});
