import type * as z from "zod/mini";
import type { LocalizedText } from "./localized";

/**
 * What went wrong in a loaded file, in words the UI translates (codes) and a location a person can find (path).
 * Listed, so a test can check that each code has a message in every language.
 */
export const PROBLEM_CODES = [
  "invalidJson",
  "missing",
  "wrongType",
  "tooShort",
  "tooLong",
  "tooSmall",
  "tooBig",
  "badFormat",
  "notAllowed",
  "unexpectedField",
  "duplicateId",
  "unknownSource",
  "unknownChecklist",
  "unknownVersion",
  "unknownItem",
  "invalid",
  // The whole file: a JSON file of some other kind.
  "notOurFormat",
  // The whole file: larger than FILE_MAX_BYTES (detail: the limit).
  "tooLarge",
  // The whole file: not UTF-8 text.
  "invalidEncoding",
  // A stored-state backup that holds no assessment.
  "noAssessment",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The checklist item an answer or target belongs to, numbered as in the PDF ("2.5": theme 2, item 5). */
export interface ProblemItem {
  number: string;
  text: LocalizedText;
}

/** Which entry of an assessment a problem is in, so it can be named the way the app shows it. */
export type ProblemEntry =
  | { kind: "answer" | "target"; itemId: string; item?: ProblemItem }
  /** index counts from 0, as in the path; people count from 1. */
  | { kind: "action" | "event"; index: number };

export interface Problem {
  /** e.g. `themes[0].items[3].text.sv`; empty for the whole file. */
  path: string;
  code: ProblemCode;
  /** Extra facts for the message: a limit, the offending value, the expected values. */
  detail?: string;
  /** Set for an answer, target, action or calendar event the import can leave out. */
  entry?: ProblemEntry;
  /** The field within the entry, e.g. `what` or `level`; absent for the entry as a whole. */
  field?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function problemFromIssue(issue: z.core.$ZodIssue, data: unknown): Problem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return [
        {
          path,
          code: valueAt(data, issue.path) === undefined ? "missing" : "wrongType",
          detail: issue.expected,
        },
      ];
    case "too_small":
      return [
        {
          path,
          code: issue.origin === "number" || issue.origin === "int" ? "tooSmall" : "tooShort",
          detail: String(issue.minimum),
        },
      ];
    case "too_big":
      return [
        {
          path,
          code: issue.origin === "number" || issue.origin === "int" ? "tooBig" : "tooLong",
          detail: String(issue.maximum),
        },
      ];
    case "invalid_format":
      return [{ path, code: "badFormat", detail: issue.format === "regex" ? issue.pattern : issue.format }];
    case "invalid_value":
      return [{ path, code: "notAllowed", detail: issue.values.map(String).join(", ") }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        code: "unexpectedField" as const,
      }));
    case "invalid_union":
      // A discriminated union names its tag and options; other unions have nothing more useful to say.
      if (issue.discriminator !== undefined && "options" in issue && issue.options !== undefined) {
        const isMissing = valueAt(data, issue.path) === undefined;
        return [
          { path, code: isMissing ? "missing" : "notAllowed", detail: issue.options.map(String).join(", ") },
        ];
      }
      return [{ path, code: "invalid" }];
    case "custom": {
      const reason = issue.params?.reason as ProblemCode | undefined;
      return [{ path, code: reason ?? "invalid", detail: issue.params?.value as string | undefined }];
    }
    default:
      return [{ path, code: "invalid" }];
  }
}

export function parseWith<S extends z.ZodMiniType>(schema: S, data: unknown): ParseResult<z.infer<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => problemFromIssue(issue, data)) };
}

/** Text that is not JSON is one problem for the whole file, with the parser's reason. */
export function parseJson(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [{ path: "", code: "invalidJson", detail: (error as Error).message }] };
  }
}

export function parseJsonWith<S extends z.ZodMiniType>(schema: S, text: string): ParseResult<z.infer<S>> {
  const data = parseJson(text);
  return data.ok ? parseWith(schema, data.value) : data;
}

const MESSAGES: Record<ProblemCode, (detail: string | undefined) => string> = {
  invalidJson: (detail) => `is not valid JSON${detail === undefined ? "" : `: ${detail}`}`,
  missing: (detail) => `is missing${detail === undefined ? "" : ` (expected ${detail})`}`,
  wrongType: (detail) => `has the wrong type${detail === undefined ? "" : ` (expected ${detail})`}`,
  tooShort: (detail) => `is too short (at least ${detail ?? "?"} needed)`,
  tooLong: (detail) => `is too long (at most ${detail ?? "?"} allowed)`,
  tooSmall: (detail) => `is too small (minimum ${detail ?? "?"})`,
  tooBig: (detail) => `is too big (maximum ${detail ?? "?"})`,
  badFormat: (detail) => `has the wrong format${detail === undefined ? "" : ` (expected ${detail})`}`,
  notAllowed: (detail) => `is not an allowed value${detail === undefined ? "" : ` (allowed: ${detail})`}`,
  unexpectedField: () => "is not a known field",
  duplicateId: (detail) => `repeats the id "${detail ?? ""}" used earlier`,
  unknownSource: (detail) => `cites "${detail ?? ""}", which is not in the list of sources`,
  unknownChecklist: (detail) => `names an unknown checklist "${detail ?? ""}"`,
  unknownVersion: (detail) => `names an unknown version${detail === undefined ? "" : ` ${detail}`}`,
  unknownItem: (detail) => `answers an item "${detail ?? ""}" that the checklist does not have`,
  invalid: (detail) => `is invalid${detail === undefined ? "" : ` (${detail})`}`,
  notOurFormat: () => "is not a Kumppanuuspeili assessment file",
  tooLarge: (detail) => `is larger than the limit of ${detail ?? "?"}`,
  invalidEncoding: () => "is not UTF-8 text",
  noAssessment: () => "holds no assessment",
};

/** English, for the command-line tools; the app translates codes through i18next instead. */
export function describeProblem(problem: Problem): string {
  const where = problem.path === "" ? "(file)" : problem.path;
  return `${where}: ${MESSAGES[problem.code](problem.detail)}`;
}

/** How many entries `dropped` names (an entry may have several problems). */
export function droppedEntryCount(dropped: readonly Problem[]): number {
  const entries = new Set(
    dropped.map(({ entry }) =>
      entry === undefined ? "" : `${entry.kind}:${"index" in entry ? entry.index : entry.itemId}`,
    ),
  );
  return entries.size;
}
