import { screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../tests/render-app";
import { ResultsShell } from "../features/results/results-shell";
import { initI18n } from "../i18n/i18n";
import { App } from "./app";
import { SHELL_ATTRIBUTE } from "./page-shell-paths";
import { PrerenderedShell, takePrerenderedShells } from "./prerendered-shell";

/** A page as the build writes it: the start page's <main> with the results page's loading view in it. */
function builtPage(): HTMLElement {
  initI18n("fi");
  const root = document.createElement("div");
  root.innerHTML = `<main><h1>Start</h1><div ${SHELL_ATTRIBUTE}="results">${renderToStaticMarkup(<ResultsShell />)}</div></main>`;
  return root;
}

describe("the prerendered loading views", () => {
  it("come out of the page for hydration, or stay until React replaces them", () => {
    const hydrated = builtPage();
    takePrerenderedShells(hydrated, { remove: true });
    expect(hydrated.innerHTML).toBe("<main><h1>Start</h1></main>");
    const drawn = builtPage();
    takePrerenderedShells(drawn, { remove: false });
    expect(drawn.querySelector(`[${SHELL_ATTRIBUTE}]`)).not.toBeNull();
  });

  it("stand in for their page while it loads, in Finnish, and nowhere else", () => {
    takePrerenderedShells(builtPage(), { remove: true });
    const fallback = <p>fallback</p>;
    const { unmount } = renderWithApp(<PrerenderedShell path="/results" fallback={fallback} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Tulokset");
    expect(screen.getByText(/^Pisteet ovat asteikolla 0–100/)).toBeInTheDocument();
    expect(screen.queryByText("fallback")).toBeNull();
    unmount();
    const other = renderWithApp(<PrerenderedShell path="/plan" fallback={fallback} />);
    expect(screen.getByText("fallback")).toBeInTheDocument();
    other.unmount();
    renderWithApp(<PrerenderedShell path="/results" fallback={fallback} />, { language: "sv" });
    expect(screen.getByText("fallback")).toBeInTheDocument();
  });

  it("show while the saved assessment is read, in place of a bare loading line", () => {
    takePrerenderedShells(builtPage(), { remove: true });
    window.location.hash = "#/results";
    renderWithApp(<App />, { state: { loadStatus: "loading" } });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Tulokset");
    window.location.hash = "";
  });
});
