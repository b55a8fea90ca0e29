/**
 * RFC 5545 content lines: TEXT escaping, folding at 75 octets and CRLF endings. Calendar programs differ in
 * how forgiving they are, so the file keeps to the letter of the standard.
 */

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // Other control characters are not allowed in TEXT at all; a pasted one must not break the file.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
  );
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * One content line folded so no physical line is over 75 octets of UTF-8 (RFC 5545 3.1); continuation
 * lines begin with a space, which counts. Splits only between code points, so ä, ö and å stay whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** A property with optional parameters, e.g. `property("DTSTART", "20260401", { VALUE: "DATE" })`. */
export function property(name: string, value: string, parameters: Record<string, string> = {}): string {
  const params = Object.entries(parameters)
    .map(([key, paramValue]) => `;${key}=${paramValue}`)
    .join("");
  return `${name}${params}:${value}`;
}

/** The whole file: every line folded, each ending in CRLF, the last one too. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join("");
}
