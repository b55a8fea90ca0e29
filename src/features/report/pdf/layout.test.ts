// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readPdf } from "../../../../tests/pdf-text";
import { reportDocument } from "./document";
import { PdfLayout, STYLE } from "./layout";
import { pdfFonts } from "./pdf-test-setup";
import { table } from "./table";

function newLayout(): PdfLayout {
  return new PdfLayout(reportDocument({ language: "fi", title: "", subject: "", keywords: "" }, pdfFonts));
}

/** The number of the page each text is on (first match; 0 when it is not in the PDF). */
async function pagesOf(layout: PdfLayout, texts: readonly string[]): Promise<number[]> {
  const pdf = await readPdf(new Uint8Array(layout.doc.output("arraybuffer")));
  return texts.map((text) => pdf.pages.findIndex((page) => page.includes(text)) + 1);
}

const themeTable = (layout: PdfLayout) =>
  table(layout, {
    columns: [
      { header: "Nro", share: 0.1 },
      { header: "Kohta", share: 0.9 },
    ],
    rows: [
      ["3.1", "Avustusten hakuohjeet ovat selkeät ja yhdessä paikassa."],
      ["3.2", "Kunnan tiloja voi varata maksutta yhdistysten tilaisuuksiin."],
    ],
  });

describe("a heading at the foot of a page", () => {
  // From 10 mm up to 50 mm left: somewhere in there each heading and its first content part ways.
  const rooms = Array.from({ length: 21 }, (_, i) => 10 + 2 * i);

  it("moves with the figures line and the table below it to the next page", async () => {
    for (const room of rooms) {
      const layout = newLayout();
      layout.y = layout.bottom - room;
      layout.heading("3. Tilat ja avustukset", 2);
      layout.paragraph("Pisteet nyt 42 / 100, tavoite 99 / 100", STYLE.muted, { keepWithNext: true });
      themeTable(layout);
      const [heading, figures, firstRow] = await pagesOf(layout, [
        "3. Tilat ja avustukset",
        "Pisteet nyt 42",
        "3.1 Avustusten",
      ]);
      expect({ room, figures, firstRow }).toEqual({ room, figures: heading, firstRow: heading });
    }
  });

  it("stays with the first two lines of its paragraph", async () => {
    const text = Array.from(
      { length: 12 },
      (_, i) => `Lause ${i + 1} kertoo yhdistysillasta ja avustuksista.`,
    );
    for (const room of rooms) {
      const layout = newLayout();
      layout.y = layout.bottom - room;
      layout.heading("Painoarvot", 2);
      layout.paragraph(text.join(" "));
      const [heading, first] = await pagesOf(layout, ["Painoarvot", "Lause 1 kertoo"]);
      expect({ room, first }).toEqual({ room, first: heading });
    }
  });
});

describe("wrapping with the report's own font", () => {
  it("hyphenates a long role in a narrow table column and keeps every line, hyphen included, inside it", () => {
    const layout = newLayout();
    const width = 22;
    const lines = layout.wrap("Hyvinvointikoordinaattori ja kultursekreterare", width, STYLE.table);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(" ").replace(/- /g, "")).toBe("Hyvinvointikoordinaattori ja kultursekreterare");
    expect(lines.filter((line) => line.endsWith("-")).length).toBeGreaterThan(0);
    for (const line of lines) expect(layout.textWidth(line, STYLE.table)).toBeLessThanOrEqual(width);
  });
});
