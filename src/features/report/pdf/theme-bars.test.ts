// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { reportDocument } from "./document";
import { CONTENT_WIDTH, MARGIN, PdfLayout } from "./layout";
import { pdfFonts } from "./pdf-test-setup";
import { themeBars } from "./theme-bars";

const THEMES = ["Yhteistyörakenteet", "Tukikeinot", "Tilat ja avustukset"];

function draw(series: Parameters<typeof themeBars>[2]) {
  const doc = reportDocument({ language: "fi", title: "t", subject: "s", keywords: "k" }, pdfFonts);
  const rect = vi.spyOn(doc, "rect");
  const layout = new PdfLayout(doc);
  themeBars(layout, THEMES, series);
  // Each call's x, y, width, height and style.
  return rect.mock.calls.map(([x, y, width, height, style]) => ({ x, y, width, height, style }));
}

describe("the PDF's theme bars", () => {
  // The track runs from the title column's end over the rest of the content width (see theme-bars.ts).
  const trackX = MARGIN.left + 56;
  const trackWidth = CONTENT_WIDTH - 60;

  it("draws the current state as a bar as long as its score, one per theme, and a legend box per series", () => {
    const calls = draw([{ legend: "Nyt: harmaa palkki", values: [83, 33, 0], mark: "bar" }]);
    const bars = calls.filter((call) => call.style === "F" && call.x === trackX);
    // The legend's bar, on its short track, comes last.
    expect(bars.slice(0, THEMES.length).map((bar) => Math.round((bar.width / trackWidth) * 100))).toEqual([
      83, 33, 0,
    ]);
    const tracks = calls.filter((call) => call.style === "S");
    expect(tracks).toHaveLength(THEMES.length + 1);
  });

  it("marks the target with a line and the example with a square at their scores", () => {
    const calls = draw([
      { legend: "Nyt", values: [50, 50, 50], mark: "bar" },
      { legend: "Tavoite", values: [100, 75, 50], mark: "line" },
      { legend: "Koski Tl", values: [25, 0, 100], mark: "square" },
    ]);
    const centre = (call: { x: number; width: number }) =>
      Math.round(((call.x + call.width / 2 - trackX) / trackWidth) * 100);
    // The target's black line is the narrow filled rectangle, drawn over its white edge.
    const lines = calls.filter((call) => call.style === "F" && call.width < 1 && call.x > trackX);
    expect(lines.slice(0, 3).map(centre)).toEqual([100, 75, 50]);
    const squares = calls.filter((call) => call.style === "FD");
    expect(squares.slice(0, 3).map(centre)).toEqual([25, 0, 100]);
  });

  it("leaves out a series with a theme missing, while its legend stays", () => {
    const calls = draw([
      { legend: "Nyt", values: [50, 50, 50], mark: "bar" },
      { legend: "Koski Tl", values: [25, null, 100], mark: "square" },
    ]);
    // Only the legend's square.
    expect(calls.filter((call) => call.style === "FD")).toHaveLength(1);
  });
});
