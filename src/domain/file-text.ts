import { FILE_MAX_BYTES } from "./limits";
import type { ParseResult, Problem } from "./problems";

/**
 * The one way the app and the command-line tools turn a file's bytes into text. The domain is type-checked
 * without DOM or Node types, and browsers, workers and Node all have the WHATWG TextDecoder: this is the one
 * member used, typed here rather than through an ambient declaration that would clash with lib.dom's.
 */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type Utf8DecoderConstructor = new (label: "utf-8", options: { fatal: boolean }) => Utf8Decoder;
const { TextDecoder } = globalThis as unknown as { TextDecoder: Utf8DecoderConstructor };

/** "2 MB": a limit as the messages name it (MB here is 1024 × 1024 bytes). */
export function sizeLabel(maxBytes: number): string {
  return `${maxBytes / (1024 * 1024)} MB`;
}

export const FILE_MAX_LABEL = sizeLabel(FILE_MAX_BYTES);

/** Checked before a file is read at all, so a huge file costs nothing. */
export function fileSizeProblem(byteLength: number, maxBytes = FILE_MAX_BYTES): Problem | null {
  return byteLength > maxBytes ? { path: "", code: "tooLarge", detail: sizeLabel(maxBytes) } : null;
}

/**
 * UTF-8 with or without a byte-order mark; anything else (UTF-16, Latin-1, binary) is refused, not garbled.
 * `maxBytes` is the assessment file limit unless the caller reads something allowed to be larger (an archive).
 */
export function decodeFileText(bytes: Uint8Array, maxBytes = FILE_MAX_BYTES): ParseResult<string> {
  const tooLarge = fileSizeProblem(bytes.byteLength, maxBytes);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD; the decoder drops a leading BOM itself.
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problems: [{ path: "", code: "invalidEncoding" }] };
  }
}
