import boldUrl from "source-sans-pro/TTF/SourceSansPro-Bold.ttf?url";
import regularUrl from "source-sans-pro/TTF/SourceSansPro-Regular.ttf?url";
import type { ReportFonts } from "./fonts";

function binaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  const parts: string[] = [];
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  }
  return parts.join("");
}

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return binaryString(await response.arrayBuffer());
}

let pending: Promise<ReportFonts> | null = null;

/**
 * The app's own font files, fetched the first time a report is made and kept for the next one. Imported by
 * the page (only the two URLs and this code), so the fonts download alongside the PDF code.
 */
export function fetchReportFonts(): Promise<ReportFonts> {
  pending ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  // A failed fetch (e.g. offline after an update) is retried next time.
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
