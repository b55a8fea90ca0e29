// @vitest-environment node
import { inflateSync } from "node:zlib";
import { jsPDF } from "jspdf";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../../../tests/pdf-text";
import { compressedPdf } from "./compress-streams";
import { reportDocument } from "./document";
import { pdfFonts } from "./pdf-test-setup";

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");

/** Two pages of text with the report's fonts (so font files are embedded as streams) and a line. */
function twoPages(): jsPDF {
  const doc = reportDocument(
    { language: "fi", title: "Kokeilu", subject: "Pakkaus", keywords: "pdf" },
    pdfFonts,
  );
  doc.text("Järjestöyhteistyö – ääkköset € ja å", 20, 20);
  doc.setFont("SourceSansPro", "bold");
  doc.text("Lihavoitu otsikko", 20, 40);
  doc.line(20, 45, 190, 45);
  doc.addPage();
  doc.text("Toinen sivu", 20, 20);
  return doc;
}

/** Each stream's dictionary and bytes, in file order, read by the Length each dictionary gives. */
function streamsOf(pdf: string): { dictionary: string; data: string }[] {
  return [...pdf.matchAll(/<<\n((?:\/[^\n]*\n)*?)>>\nstream\n/g)].map((match) => {
    const dictionary = match[1] ?? "";
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    const start = match.index + match[0].length;
    expect(pdf.slice(start + length, start + length + 10)).toBe("\nendstream");
    return { dictionary, data: pdf.slice(start, start + length) };
  });
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe("compressedPdf", () => {
  it("deflates every stream of a plain jsPDF document to exactly its plain bytes", async () => {
    const doc = twoPages();
    const plain = streamsOf(doc.output());
    const compressed = streamsOf(latin1(await bytesOf(await compressedPdf(doc))));
    // Page contents, the fonts' files and their ToUnicode maps.
    expect(plain.length).toBeGreaterThanOrEqual(6);
    expect(compressed.map(({ dictionary }) => dictionary.includes("/Filter /FlateDecode\n"))).toEqual(
      plain.map(() => true),
    );
    expect(compressed.map(({ data }) => inflateSync(Buffer.from(data, "latin1")).toString("latin1"))).toEqual(
      plain.map(({ data }) => data),
    );
    // A font file's uncompressed size stays in Length1, as jsPDF writes it.
    expect(compressed.map(({ dictionary }) => /\/Length1 \d+/.exec(dictionary)?.[0])).toEqual(
      plain.map(({ dictionary }) => /\/Length1 \d+/.exec(dictionary)?.[0]),
    );
  });

  it("moves the cross-reference table with the objects, so each entry points at its object", async () => {
    const pdf = latin1(await bytesOf(await compressedPdf(twoPages())));
    const startxref = Number(/startxref\n(\d+)\n%%EOF$/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 5)).toBe("xref\n");
    const table = /xref\n0 (\d+)\n/.exec(pdf.slice(startxref));
    const count = Number(table?.[1]);
    const start = startxref + (table?.[0].length ?? 0);
    expect(count).toBeGreaterThan(10);
    for (let object = 1; object < count; object++) {
      const offset = Number(pdf.slice(start + object * 20, start + object * 20 + 10));
      expect(pdf.slice(offset, offset + `${object} 0 obj`.length)).toBe(`${object} 0 obj`);
    }
  });

  it("reads as the same text in a PDF reader, in a smaller file", async () => {
    const doc = twoPages();
    const plainBytes = new Uint8Array(doc.output("arraybuffer"));
    const compressedBytes = await bytesOf(await compressedPdf(doc));
    const [plain, compressed] = await Promise.all([readPdf(plainBytes), readPdf(compressedBytes)]);
    expect(compressed.pages).toEqual([
      "Järjestöyhteistyö – ääkköset € ja å Lihavoitu otsikko",
      "Toinen sivu",
    ]);
    expect(compressed.pages).toEqual(plain.pages);
    expect(compressed.info.Title).toBe("Kokeilu");
    expect(compressedBytes.length).toBeLessThan(plainBytes.length / 2);
  });

  it("leaves a document whose streams jsPDF compressed itself as it is", async () => {
    const doc = new jsPDF({ compress: true });
    doc.text("Valmiiksi pakattu", 20, 20);
    const output = doc.output();
    expect(latin1(await bytesOf(await compressedPdf(doc)))).toBe(output);
  });
});
