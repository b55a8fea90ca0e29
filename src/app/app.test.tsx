import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../tests/render-app";
import type { Assessment } from "../domain/assessment";
import { App } from "./app";

const fromOtherVersion: Assessment = {
  id: "test-assessment-0001",
  createdAt: "2026-11-23T12:00:00.000Z",
  checklist: { id: "jarjestoystavallinen-kunta", version: "0.9.0" },
  meta: { municipality: "Koski Tl", year: 2025, respondentRole: "municipality", date: "2025-05-02" },
  answers: { "association-evenings-twice-a-year": { kind: "level", level: 3 } },
  targets: {},
  actions: [],
  calendar: [],
  updatedAt: "2025-05-02T10:00:00.000Z",
};

describe("App", () => {
  it("says when the saved assessment answers a checklist version the app does not ship, keeping it", () => {
    renderWithApp(<App />, { state: { assessment: fromOtherVersion } });
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("versio 0.9.0");
    expect(screen.getByRole("button", { name: "Lataa tallennettu arviointi" })).toBeInTheDocument();
    // The start page stays usable for starting anew or importing.
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
  });

  it("refuses to run on checklists that all fail the schema, naming the file", () => {
    renderWithApp(<App />, {
      state: {
        checklistRegistry: { checklists: [], errors: [{ file: "checklists/x/1.0.0.json", problems: [] }] },
      },
    });
    expect(screen.getByRole("alert")).toHaveTextContent("checklists/x/1.0.0.json");
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
  });

  it("folds the menu behind one button that opens and closes it, and closes on Escape and on a new page", async () => {
    const user = userEvent.setup();
    renderWithApp(<App />);
    const button = screen.getByRole("button", { name: "Valikko" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button.getAttribute("aria-controls")?.split(" ")).toEqual(["site-languages", "site-nav"]);
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    // Tab into the open menu, then Escape: the menu closes and focus is back on its button.
    screen.getByRole("link", { name: "Tulokset" }).focus();
    await user.keyboard("{Escape}");
    expect(screen.getByRole("button", { name: "Valikko" })).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("button", { name: "Valikko" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Valikko" }));
    await act(async () => {
      window.location.hash = "#/method";
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(screen.getByRole("button", { name: "Valikko" })).toHaveAttribute("aria-expanded", "false");
    window.location.hash = "";
  });
});
