import { screen } from "@testing-library/react";
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
});
