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

/** "2 MB": the limit as the messages name it (MB here is 1024 × 1024 bytes). */
export const FILE_MAX_LABEL = `${FILE_MAX_BYTES / (1024 * 1024)} MB`;

/** Checked before a file is read at all, so a huge file costs nothing. */
export function fileSizeProblem(byteLength: number): Problem | null {
  return byteLength > FILE_MAX_BYTES ? { path: "", code: "tooLarge", detail: FILE_MAX_LABEL } : null;
}

/** UTF-8 with or without a byte-order mark; anything else (UTF-16, Latin-1, binary) is refused, not garbled. */
export function decodeFileText(bytes: Uint8Array): ParseResult<string> {
  const tooLarge = fileSizeProblem(bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD; the decoder drops a leading BOM itself.
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problems: [{ path: "", code: "invalidEncoding" }] };
  }
}
