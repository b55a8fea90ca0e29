import type * as z from "zod/mini";

/** What went wrong in a loaded file, in words the UI translates (codes) and a location a person can find (path). */
export type ProblemCode =
  | "invalidJson"
  | "missing"
  | "wrongType"
  | "tooShort"
  | "tooLong"
  | "tooSmall"
  | "tooBig"
  | "badFormat"
  | "notAllowed"
  | "unexpectedField"
  | "duplicateId"
  | "unknownSource"
  | "unknownChecklist"
  | "unknownVersion"
  | "unknownItem"
  | "invalid";

export interface Problem {
  /** e.g. `themes[0].items[3].text.sv`; empty for the whole file. */
  path: string;
  code: ProblemCode;
  /** Extra facts for the message: a limit, the offending value, the expected values. */
  detail?: string;
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
};

/** English, for the command-line tools; the app translates codes through i18next instead. */
export function describeProblem(problem: Problem): string {
  const where = problem.path === "" ? "(file)" : problem.path;
  return `${where}: ${MESSAGES[problem.code](problem.detail)}`;
}
