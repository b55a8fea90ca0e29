import type { jsPDF } from "jspdf";

/**
 * A stream as jsPDF writes it: a dictionary of one `/Key value` a line, then the data. Only streams without a
 * /Filter are taken (jsPDF made with `compress: false` writes none).
 */
const STREAM = /<<\n((?:\/[^\n]*\n)*?)>>\nstream\n/;
const LENGTH = /^\/Length (\d+)$/m;
const STREAM_END = "\nendstream";
const XREF = /\nxref\n0 (\d+)\n/g;
const STARTXREF = /\nstartxref\n(\d+)\n%%EOF\s*$/;

/** A binary string (one char a byte, as jsPDF builds its output) as bytes. */
function bytesOf(binary: string, start = 0, end = binary.length): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(end - start);
  for (let index = start; index < end; index++) bytes[index - start] = binary.charCodeAt(index);
  return bytes;
}

/** zlib-wrapped deflate, what a PDF's FlateDecode reads, by the browser's own (native) compressor. */
async function deflate(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface Stream {
  /** Offsets in the original: the dictionary's `<<`, the data's first byte and the byte after it. */
  dictStart: number;
  dataStart: number;
  dataEnd: number;
  dictionary: string;
}

function findStreams(pdf: string): Stream[] | null {
  const streams: Stream[] = [];
  const pattern = new RegExp(STREAM.source, "g");
  for (let match = pattern.exec(pdf); match; match = pattern.exec(pdf)) {
    const dictionary = match[1] ?? "";
    if (dictionary.includes("/Filter")) continue;
    const length = LENGTH.exec(dictionary);
    if (!length) return null;
    const dataStart = match.index + match[0].length;
    const dataEnd = dataStart + Number(length[1]);
    if (pdf.slice(dataEnd, dataEnd + STREAM_END.length) !== STREAM_END) return null;
    streams.push({ dictStart: match.index, dataStart, dataEnd, dictionary });
    // Data is not searched for dictionaries: a font's bytes may hold anything.
    pattern.lastIndex = dataEnd;
  }
  return streams;
}

/**
 * The PDF of a document made with `compress: false`, every stream deflated as jsPDF's `compress: true` would
 * do it, and the cross-reference table moved to match. jsPDF deflates in JavaScript, which on a report's first
 * run (code not yet optimised) costs about a third of the time; the browser's CompressionStream is native and
 * works off the main thread. If the output is not laid out as expected, it is returned uncompressed: a
 * larger file, never a broken one.
 */
export async function compressedPdf(doc: jsPDF): Promise<Blob> {
  const pdf = doc.output();
  const streams = findStreams(pdf);
  const xrefs = [...pdf.matchAll(XREF)];
  const startxref = STARTXREF.exec(pdf);
  const xref = xrefs[0];
  if (!streams || streams.length === 0 || xrefs.length !== 1 || !xref || !startxref)
    return new Blob([bytesOf(pdf)], { type: "application/pdf" });

  const deflated = await Promise.all(streams.map((s) => deflate(bytesOf(pdf, s.dataStart, s.dataEnd))));
  const parts: Uint8Array<ArrayBuffer>[] = [];
  /** Where each stream's dictionary began in the original, and how many bytes later it is in the new file. */
  const shifts: { at: number; by: number }[] = [];
  let copied = 0;
  let shift = 0;
  streams.forEach((stream, index) => {
    const data = deflated[index] as Uint8Array<ArrayBuffer>;
    const dictionary = `<<\n${stream.dictionary.replace(LENGTH, `/Length ${data.length}`)}/Filter /FlateDecode\n>>\nstream\n`;
    parts.push(bytesOf(pdf, copied, stream.dictStart), bytesOf(dictionary), data);
    copied = stream.dataEnd;
    shift +=
      dictionary.length -
      (stream.dataStart - stream.dictStart) +
      data.length -
      (stream.dataEnd - stream.dataStart);
    shifts.push({ at: stream.dictStart, by: shift });
  });
  const moved = (offset: number): number => {
    let by = 0;
    for (const entry of shifts) if (entry.at < offset) by = entry.by;
    return offset + by;
  };

  // The table: "0 N" then N entries of 20 bytes, "oooooooooo ggggg n \n"; only in-use (n) entries move.
  const tableStart = xref.index + xref[0].length;
  const count = Number(xref[1]);
  const entries: string[] = [];
  for (let entry = 0; entry < count; entry++) {
    const line = pdf.slice(tableStart + entry * 20, tableStart + (entry + 1) * 20);
    const offset = /^(\d{10}) (\d{5}) n \n$/.exec(line);
    entries.push(offset ? `${String(moved(Number(offset[1]))).padStart(10, "0")} ${offset[2]} n \n` : line);
  }
  const tableEnd = tableStart + count * 20;
  const trailer = pdf.slice(tableEnd, startxref.index);
  parts.push(
    bytesOf(pdf, copied, tableStart),
    bytesOf(entries.join("")),
    bytesOf(trailer),
    bytesOf(`\nstartxref\n${moved(Number(startxref[1]))}\n%%EOF`),
  );
  return new Blob(parts, { type: "application/pdf" });
}
