import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";

/**
 * Generated and mutated files for the import: the fuzz test and `npm run bench` draw from the same cases.
 * Each case is the bytes a user could pick, from a valid file bent out of shape to random bytes.
 */
const FIXTURE = path.join(import.meta.dirname, "../fixtures/migrations/assessment-file-v3.json");
export const VALID_FILE: Record<string, unknown> = JSON.parse(readFileSync(FIXTURE, "utf8"));
export const VALID_TEXT = JSON.stringify(VALID_FILE);

const encoder = new TextEncoder();
const DEEP = "\u0000deep\u0000";

type Key = string | number;
type Path = readonly Key[];

function pathsOf(value: unknown, prefix: Key[] = []): Key[][] {
  if (Array.isArray(value)) {
    return [prefix, ...value.flatMap((child, index) => pathsOf(child, [...prefix, index]))];
  }
  if (typeof value === "object" && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
  }
  return [prefix];
}
const PATHS = pathsOf(VALID_FILE).filter((path) => path.length > 0);

/**
 * defineProperty, so a key such as "__proto__" becomes an own key as JSON.parse would make it; a copy, so a
 * generated value shared between cases is never changed by a later mutation.
 */
function put(target: Record<Key, unknown>, key: Key, value: unknown): void {
  const copy = structuredClone(value);
  Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true });
}

function parentOf(root: unknown, path: readonly Key[]): Record<Key, unknown> | null {
  let current: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof current !== "object" || current === null) return null;
    current = (current as Record<Key, unknown>)[key];
  }
  return typeof current === "object" && current !== null ? (current as Record<Key, unknown>) : null;
}

const nastyKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "",
  "x".repeat(300),
);

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    4,
    7,
    13,
    1.5,
    Number.MAX_SAFE_INTEGER,
    "",
    " ",
    "\ud800",
    "\udfff x \ud83d",
  ),
  fc.constantFrom("x".repeat(2001), "å".repeat(100_001), DEEP),
  fc.constantFrom([], {}, [null], { kind: "level" }, { kind: "level", level: 3, extra: 1 }),
  fc.constant(JSON.parse('{"__proto__":{"kind":"level","level":3},"constructor":{"kind":"dontKnow"}}')),
  fc.integer({ min: -3, max: 20 }),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation =
  | { op: "set"; path: Path; value: unknown }
  | { op: "delete"; path: Path }
  | { op: "add"; path: Path; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), path: fc.constantFrom(...PATHS), value: nastyValue }),
  fc.record({ op: fc.constant("delete" as const), path: fc.constantFrom(...PATHS) }),
  fc.record({
    op: fc.constant("add" as const),
    path: fc.constantFrom([], ["answers"], ["targets"], ["meta"], ["actions", 0], ["calendar", 1]),
    key: nastyKey,
    value: nastyValue,
  }),
);

function mutate(mutations: readonly Mutation[]): Record<string, unknown> {
  const root = structuredClone(VALID_FILE);
  for (const change of mutations) {
    if (change.op === "add") {
      const target = change.path.length === 0 ? root : parentOf(root, [...change.path, "_"]);
      if (target) put(target, change.key, change.value);
      continue;
    }
    const parent = parentOf(root, change.path);
    const key = change.path[change.path.length - 1];
    if (parent === null || key === undefined) continue;
    if (change.op === "delete") delete parent[key];
    else put(parent, key, change.value);
  }
  return root;
}

/** A DEEP marker becomes thousands of nested arrays, which JSON.stringify could not have written. */
function serialise(file: unknown, depth: number): string {
  const nested = `${"[".repeat(depth)}${"]".repeat(depth)}`;
  return JSON.stringify(file).replaceAll(JSON.stringify(DEEP), nested);
}

const BOM = [0xef, 0xbb, 0xbf];
const withBom = (bytes: Uint8Array) => new Uint8Array([...BOM, ...bytes]);

/** A mutated file: wrong types, missing fields, odd keys, huge strings, deep nesting, other versions. */
export const mutatedFile = fc
  .record({
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    formatVersion: fc.option(fc.constantFrom(1, 2, 3, 4, 0, -1, 99, 2.5, "3", null), { freq: 3 }),
    depth: fc.integer({ min: 10, max: 5_000 }),
    bom: fc.boolean(),
  })
  .map(({ mutations, formatVersion, depth, bom }) => {
    const file = mutate(mutations);
    if (formatVersion !== null) file.formatVersion = formatVersion;
    const bytes = encoder.encode(serialise(file, depth));
    return bom ? withBom(bytes) : bytes;
  });

/** Valid JSON cut short, or with a byte changed: what a broken download or a slip of the hand leaves. */
export const damagedText = fc
  .record({
    cut: fc.integer({ min: 0, max: VALID_TEXT.length }),
    flip: fc.option(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) })),
  })
  .map(({ cut, flip }) => {
    const bytes = encoder.encode(VALID_TEXT.slice(0, cut));
    if (flip !== null && bytes.length > 0) bytes[flip.at % bytes.length] = flip.byte;
    return bytes;
  });

/** Bytes of anything: binary, UTF-16, a lone BOM. */
export const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 50 }).map(withBom),
  fc.constantFrom(
    new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
    new Uint8Array(BOM),
    new Uint8Array(),
  ),
);

/** JSON of the wrong kind: other shapes, other formats, a stored-state backup bent out of shape. */
export const otherJson = fc
  .oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.record({
      format: fc.constantFrom("kumppanuuspeili-assessment", "excalidraw"),
      formatVersion: nastyValue,
    }),
    fc.record({
      state: fc.oneof(nastyValue, fc.record({ assessment: nastyValue, language: nastyValue })),
      version: nastyValue,
    }),
  )
  .map((value) => encoder.encode(serialise(value, 5_000)));

/** Weighted towards files that get past the first checks, where most of the reading is. */
export const anyFileBytes = fc.oneof(
  { arbitrary: mutatedFile, weight: 6 },
  { arbitrary: damagedText, weight: 2 },
  { arbitrary: randomBytes, weight: 1 },
  { arbitrary: otherJson, weight: 1 },
);
