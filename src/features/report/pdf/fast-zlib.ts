import { type ZlibOptions, zlibSync as zlibWith } from "fflate";

export * from "fflate";

/**
 * What jsPDF gets for `fflate` (see fastPdfCompression in vite.config.ts): its streams, the two embedded fonts
 * (~0.3 MB each) among them on every report, compress at level 1 instead of 6: half the time, 3 % larger.
 * A level jsPDF asks for itself (its PNG compression) is kept.
 */
export function zlibSync(data: Uint8Array, options: ZlibOptions = {}): Uint8Array {
  return zlibWith(data, { level: 1, ...options });
}
