import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fact, heading, paragraph, table, title } from "../document/blocks";
import { ReportBlocks } from "./report-blocks";

describe("ReportBlocks", () => {
  it("draws the blocks as headings under the page's h1, facts, paragraphs and named tables", () => {
    render(
      <>
        <h1 id="title">Raportti</h1>
        <ReportBlocks
          titleId="title"
          blocks={[
            title("Raportti"),
            fact("Kunta", "Koski Tl"),
            heading("Yhteenveto", 1),
            paragraph("Selitys", { isMuted: true }),
            heading("Pisteet teemoittain", 2),
            table({
              columns: [
                { header: "Teema", share: 0.5 },
                { header: "Nyt", share: 0.5, align: "right" },
              ],
              rows: [["Tukikeinot", [{ text: "43 / 100" }, { text: "väliaikainen", isMuted: true }]]],
              total: ["Kokonaistulos", "46 / 100"],
            }),
          ]}
        />
      </>,
    );
    // The title block is the page's h1, not a second one.
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Yhteenveto");
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Pisteet teemoittain");
    expect(screen.getByText("Kunta:").closest("p")).toHaveTextContent("Kunta: Koski Tl");
    expect(screen.getByText("Selitys")).toHaveClass("report-muted");
    const figures = screen.getByRole("table", { name: "Pisteet teemoittain" });
    expect(within(figures).getByRole("rowheader", { name: "Tukikeinot" })).toBeInTheDocument();
    expect(within(figures).getByRole("columnheader", { name: "Nyt" })).toHaveClass("numeric");
    expect(within(figures).getByText("väliaikainen")).toHaveClass("report-muted");
    expect(figures.querySelector("tfoot")).toHaveTextContent("Kokonaistulos46 / 100");
  });
});
