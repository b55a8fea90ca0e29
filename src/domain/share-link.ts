import type { Answer, Assessment } from "./assessment";
import { type ImportedAssessment, importAssessment, toAssessmentFile } from "./assessment-file";
import type { Checklist } from "./checklist";
import { allItems } from "./checklist-lookup";
import { decodeFileText } from "./file-text";
import { FILE_MAX_BYTES } from "./limits";
import { isRecord, type Problem, parseJson } from "./problems";

/**
 * A share link carries one assessment in the URL fragment (after `#`, which browsers never send to a server):
 * `v1.` and then the assessment file's JSON, compressed with deflate-raw and written in base64url. The prefix
 * names the format, so a later app still reads links made today.
 */
export const SHARE_LINK_PREFIX = "v1.";
/** The whole URL, origin included: about what e-mail and chat programs keep intact. Longer: send the file. */
export const SHARE_LINK_MAX_CHARS = 8000;
/** A link's data unpacks to no more than a file may hold: a small link that unpacks to gigabytes is refused. */
export const SHARE_LINK_MAX_BYTES = FILE_MAX_BYTES;

/** Why a link's data was refused; `invalidFile` comes with the file import's own problems. */
export const SHARE_LINK_REFUSALS = [
  "empty",
  "tooLong",
  "unknownVersion",
  "badCharacters",
  "damaged",
  "tooLarge",
  "invalidFile",
] as const;
export type ShareLinkRefusal = (typeof SHARE_LINK_REFUSALS)[number];

export type ShareLinkResult =
  | { ok: true; value: ImportedAssessment }
  | { ok: false; reason: ShareLinkRefusal; problems: Problem[] };

export interface ShareOptions {
  /** Answers' notes are left out unless asked for; a "not applicable" answer keeps its reason. */
  includeNotes: boolean;
}

/**
 * The members of the WHATWG streams and encoders used here, typed here: the domain is type-checked without
 * DOM or Node types, and browsers, workers and Node 20 all have these.
 */
interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ByteTransform {
  readable: { getReader(): ByteReader };
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
}
interface StreamGlobals {
  CompressionStream: new (format: "deflate-raw") => ByteTransform;
  DecompressionStream: new (format: "deflate-raw") => ByteTransform;
  TextEncoder: new () => { encode(text: string): Uint8Array };
}
const streams = () => globalThis as unknown as StreamGlobals;

/**
 * The bytes through a (de)compressor, or null once the output passes `maxBytes` (reading then stops).
 * Rejects when the input is not a deflate stream or is cut short.
 */
async function transform(
  stream: ByteTransform,
  input: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  // Not awaited: the write waits for the output to be read below. A failure shows on the reading side.
  writer
    .write(input)
    .then(() => writer.close())
    .catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value === undefined) continue;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** RFC 4648 base64url without padding: every character is one a URL keeps as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const triple = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - index) * 4) / 3));
    for (let char = 0; char < chars; char++) text += ALPHABET[(triple >> (18 - 6 * char)) & 63];
  }
  return text;
}

/** The bytes, or null for text that is not unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let offset = 0;
  for (const char of text) {
    buffer = ((buffer << 6) | ALPHABET.indexOf(char)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[offset++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/**
 * Item ids make up most of a file, and the app ships the checklist they come from: in a link, the keys of
 * `answers` and `targets` are the item's place in its checklist (`#0` is the first item). `#` is never in an
 * item id, and a key that is not an item of the named checklist stays as it is, for the import to name.
 */
const PLACE = "#";
const KEYED_BY_ITEM = ["answers", "targets"] as const;

function rekeyed(data: Record<string, unknown>, key: (itemKey: string) => string): Record<string, unknown> {
  const copy = { ...data };
  for (const field of KEYED_BY_ITEM) {
    const record = data[field];
    if (!isRecord(record)) continue;
    // fromEntries defines own properties, so a key such as "__proto__" stays data.
    copy[field] = Object.fromEntries(Object.entries(record).map(([itemKey, value]) => [key(itemKey), value]));
  }
  return copy;
}

function checklistOf(data: Record<string, unknown>, checklists: readonly Checklist[]): Checklist | undefined {
  const ref = data.checklist;
  if (!isRecord(ref)) return undefined;
  return checklists.find((checklist) => checklist.id === ref.id && checklist.version === ref.version);
}

function withPlaces(
  data: Record<string, unknown>,
  checklist: Checklist | undefined,
): Record<string, unknown> {
  const places = new Map((checklist ? allItems(checklist) : []).map((item, index) => [item.id, index]));
  return rekeyed(data, (itemId) => {
    const place = places.get(itemId);
    return place === undefined ? itemId : `${PLACE}${place}`;
  });
}

function withItemIds(
  data: Record<string, unknown>,
  checklists: readonly Checklist[],
): Record<string, unknown> {
  const checklist = checklistOf(data, checklists);
  const items = checklist ? allItems(checklist) : [];
  return rekeyed(data, (key) => {
    if (!key.startsWith(PLACE)) return key;
    const place = key.slice(PLACE.length);
    const item = /^(0|[1-9]\d*)$/.test(place) ? items[Number(place)] : undefined;
    return item?.id ?? key;
  });
}

function withoutNote(answer: Answer): Answer {
  const { note: _note, ...rest } = answer;
  return rest;
}

/**
 * The data after `#/share/`: `v1.` and the compressed file. `checklist` is the assessment's own (its item ids
 * are written by place); without it the ids are written out.
 */
export async function encodeShareLink(
  assessment: Assessment,
  checklist: Checklist | undefined,
  { includeNotes }: ShareOptions,
): Promise<string> {
  // The participants are names as often as roles: they travel with the notes, not without them.
  const { participants: _participants, ...metaWithoutParticipants } = assessment.meta;
  const shared = includeNotes
    ? assessment
    : {
        ...assessment,
        meta: metaWithoutParticipants,
        answers: Object.fromEntries(
          Object.entries(assessment.answers).map(([id, answer]) => [id, withoutNote(answer)]),
        ),
      };
  // The schema reference is for editors of a saved file; a link has no place beside it.
  const { $schema: _schema, ...file } = toAssessmentFile(shared);
  const { CompressionStream, TextEncoder } = streams();
  const json = new TextEncoder().encode(JSON.stringify(withPlaces(file, checklist)));
  const compressed = await transform(new CompressionStream("deflate-raw"), json, Number.POSITIVE_INFINITY);
  return `${SHARE_LINK_PREFIX}${toBase64Url(compressed ?? new Uint8Array())}`;
}

type Refusal = Extract<ShareLinkResult, { ok: false }>;

function refuse(reason: ShareLinkRefusal, problems: Problem[] = []): Refusal {
  return { ok: false, reason, problems };
}

/** The bytes of the file the data holds, or why there are none; never more than SHARE_LINK_MAX_BYTES. */
async function unpack(data: string): Promise<{ ok: true; bytes: Uint8Array } | Refusal> {
  if (data.length > SHARE_LINK_MAX_CHARS) return refuse("tooLong");
  if (data === "" || data === SHARE_LINK_PREFIX) return refuse("empty");
  if (!data.startsWith(SHARE_LINK_PREFIX)) {
    return /^v\d+\./.test(data) ? refuse("unknownVersion") : refuse("badCharacters");
  }
  const encoded = data.slice(SHARE_LINK_PREFIX.length);
  if (!BASE64URL.test(encoded)) return refuse("badCharacters");
  // A length base64 never has: the link was cut short.
  const compressed = fromBase64Url(encoded);
  if (compressed === null) return refuse("damaged");
  try {
    const { DecompressionStream } = streams();
    const bytes = await transform(new DecompressionStream("deflate-raw"), compressed, SHARE_LINK_MAX_BYTES);
    return bytes === null ? refuse("tooLarge") : { ok: true, bytes };
  } catch {
    // Not a deflate stream, or one cut short: a link copied only in part, or altered.
    return refuse("damaged");
  }
}

/**
 * Reads a link's data as a file import reads a file: UTF-8 text, JSON, then the same import (migrations, the
 * checklist, entry by entry). A frame that is wrong refuses the link; bad entries are named in `dropped`.
 */
export async function decodeShareLink(
  data: string,
  checklists: readonly Checklist[],
): Promise<ShareLinkResult> {
  const unpacked = await unpack(data);
  if (!unpacked.ok) return unpacked;
  const text = decodeFileText(unpacked.bytes, SHARE_LINK_MAX_BYTES);
  if (!text.ok) return refuse("invalidFile", text.problems);
  const json = parseJson(text.value);
  if (!json.ok) return refuse("invalidFile", json.problems);
  const file = isRecord(json.value) ? withItemIds(json.value, checklists) : json.value;
  const imported = importAssessment(file, checklists);
  return imported.ok ? imported : refuse("invalidFile", imported.problems);
}
