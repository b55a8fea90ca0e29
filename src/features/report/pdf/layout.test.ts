// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readPdf } from "../../../../tests/pdf-text";
import { reportDocument } from "./document";
import { CONTENT_WIDTH, PdfLayout, STYLE } from "./layout";
import { pdfFonts } from "./pdf-test-setup";
import { table } from "./table";

function newLayout(): PdfLayout {
  return new PdfLayout(reportDocument({ language: "fi", title: "", subject: "", keywords: "" }, pdfFonts));
}

// From 10 mm up to 50 mm left: somewhere in there a heading and its first content would part ways.
const ROOMS = Array.from({ length: 21 }, (_, i) => 10 + 2 * i);

/**
 * Draws the same heading and content once for each room left above a page's foot, all in one document,
 * and returns for each room the pages its texts land on (0 for one not found).
 */
async function sweep(
  draw: (layout: PdfLayout, tag: string) => void,
  texts: (tag: string) => string[],
): Promise<{ room: number; pages: number[] }[]> {
  const layout = newLayout();
  for (const room of ROOMS) {
    layout.newPage();
    layout.y = layout.bottom - room;
    draw(layout, `(${room} mm)`);
  }
  const pdf = await readPdf(new Uint8Array(layout.doc.output("arraybuffer")));
  return ROOMS.map((room) => ({
    room,
    pages: texts(`(${room} mm)`).map((text) => pdf.pages.findIndex((page) => page.includes(text)) + 1),
  }));
}

/** For every room, all texts on one page. */
function expectOnePageEach(results: { room: number; pages: number[] }[]): void {
  for (const { room, pages } of results) {
    expect({ room, pages }).toEqual({ room, pages: pages.map(() => pages[0]) });
    expect(pages[0]).toBeGreaterThan(0);
  }
}

describe("a heading at the foot of a page", () => {
  it("moves with the figures line and the table below it to the next page", async () => {
    const results = await sweep(
      (layout, tag) => {
        layout.heading(`3. Tilat ja avustukset ${tag}`, 2);
        layout.paragraph(`Pisteet nyt 42 / 100 ${tag}`, STYLE.muted, { keepWithNext: true });
        table(layout, {
          columns: [
            { header: "Nro", share: 0.1 },
            { header: "Kohta", share: 0.9 },
          ],
          rows: [
            ["3.1", `Avustusten hakuohjeet ovat selkeät ${tag}`],
            ["3.2", "Kunnan tiloja voi varata maksutta yhdistysten tilaisuuksiin."],
          ],
        });
      },
      (tag) => [`3. Tilat ja avustukset ${tag}`, `Pisteet nyt 42 / 100 ${tag}`, `selkeät ${tag}`],
    );
    expectOnePageEach(results);
  });

  // A long paragraph may leave two lines with its heading; one of three lines cannot split, so goes whole.
  for (const lines of [12, 3]) {
    it(`stays with the start of its paragraph (${lines} lines)`, async () => {
      const layout = newLayout();
      const sentences: string[] = [];
      const lineCount = () => layout.wrap(`(50 mm) ${sentences.join(" ")}`, CONTENT_WIDTH, STYLE.body).length;
      while (lineCount() <= lines) sentences.push("Yhdistysillassa sovitaan avustuksista ja tiloista.");
      sentences.pop();
      expect(lineCount()).toBe(lines);
      const results = await sweep(
        (layout, tag) => {
          layout.heading(`Painoarvot ${tag}`, 2);
          layout.paragraph(`${tag} ${sentences.join(" ")}`);
        },
        (tag) => [`Painoarvot ${tag}`, `${tag} Yhdistysillassa`],
      );
      expectOnePageEach(results);
    });
  }
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
