import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../tests/render-app";
import { Page } from "./page";

describe("Page", () => {
  it("leaves focus at the top on the document's first load, so the skip link is the first Tab stop", () => {
    renderWithApp(<Page title="Etusivu">text</Page>);
    expect(screen.getByRole("heading", { level: 1 })).not.toHaveFocus();
    expect(document.title).toBe("Etusivu – Kumppanuuspeili");
  });

  it("moves focus to its heading after an in-app navigation", () => {
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    renderWithApp(<Page title="Tulokset">text</Page>);
    expect(screen.getByRole("heading", { level: 1, name: "Tulokset" })).toHaveFocus();
  });
});
