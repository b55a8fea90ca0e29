import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { AnswerSchema } from "./assessment";
import { describeProblem, formatPath, type Problem, parseJson, parseJsonWith, parseWith } from "./problems";

describe("formatPath", () => {
  it("writes paths the way JavaScript would", () => {
    expect(formatPath(["themes", 0, "items", 3, "text", "sv"])).toBe("themes[0].items[3].text.sv");
    expect(formatPath([0, "id"])).toBe("[0].id");
    expect(formatPath([])).toBe("");
  });
});

describe("parseWith", () => {
  const schema = z.strictObject({
    name: z.string().check(z.minLength(2), z.maxLength(5)),
    count: z.int().check(z.minimum(1), z.maximum(3)),
    tags: z.array(z.string()).check(z.minLength(1)),
    date: z.iso.date(),
    kind: z.enum(["a", "b"]),
  });
  const valid = { name: "abc", count: 2, tags: ["x"], date: "2026-11-23", kind: "a" };
  const problemsOf = (data: unknown) => {
    const result = parseWith(schema, data);
    return result.ok ? [] : result.problems;
  };

  it("passes valid data through", () => {
    expect(parseWith(schema, valid)).toEqual({ ok: true, value: valid });
  });

  it.each<[string, Record<string, unknown>, Problem]>([
    ["a missing field", { name: undefined }, { path: "name", code: "missing", detail: "string" }],
    ["a wrong type", { name: 3 }, { path: "name", code: "wrongType", detail: "string" }],
    ["a short string", { name: "a" }, { path: "name", code: "tooShort", detail: "2" }],
    ["a long string", { name: "abcdef" }, { path: "name", code: "tooLong", detail: "5" }],
    ["a small number", { count: 0 }, { path: "count", code: "tooSmall", detail: "1" }],
    ["a big number", { count: 4 }, { path: "count", code: "tooBig", detail: "3" }],
    ["a short array", { tags: [] }, { path: "tags", code: "tooShort", detail: "1" }],
    ["a bad format", { date: "23.11.2026" }, { path: "date", code: "badFormat", detail: "date" }],
    ["a value not allowed", { kind: "c" }, { path: "kind", code: "notAllowed", detail: "a, b" }],
    ["an unexpected field", { extra: 1 }, { path: "extra", code: "unexpectedField" }],
  ])("reports %s", (_, change, problem) => {
    expect(problemsOf({ ...valid, ...change })).toEqual([problem]);
  });

  it("names the options of a discriminated union", () => {
    const problems = (data: unknown) => {
      const result = parseWith(AnswerSchema, data);
      return result.ok ? [] : result.problems;
    };
    expect(problems({ kind: "maybe" })).toEqual([
      { path: "kind", code: "notAllowed", detail: "level, dontKnow, notApplicable" },
    ]);
    expect(problems({})).toEqual([
      { path: "kind", code: "missing", detail: "level, dontKnow, notApplicable" },
    ]);
  });

  it("keeps the reason of a custom issue as its code", () => {
    const unique = z.array(z.string()).check(
      z.superRefine((values, ctx) => {
        if (new Set(values).size < values.length) {
          ctx.addIssue({
            code: "custom",
            message: "duplicate",
            params: { reason: "duplicateId", value: "x" },
          });
        }
      }),
    );
    expect(parseWith(unique, ["x", "x"])).toEqual({
      ok: false,
      problems: [{ path: "", code: "duplicateId", detail: "x" }],
    });
  });
});

describe("parseJson", () => {
  it("gives any JSON value, unvalidated", () => {
    expect(parseJson('{"kunta": ["Koski Tl", null, 3]}')).toEqual({
      ok: true,
      value: { kunta: ["Koski Tl", null, 3] },
    });
    expect(parseJson(" false ")).toEqual({ ok: true, value: false });
  });

  it("reports text that is not JSON as one problem for the whole file, with the parser's reason", () => {
    let reason = "";
    try {
      JSON.parse("{");
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(reason).not.toBe("");
    expect(parseJson("{")).toEqual({
      ok: false,
      problems: [{ path: "", code: "invalidJson", detail: reason }],
    });
    expect(parseJson("")).toEqual({
      ok: false,
      problems: [{ path: "", code: "invalidJson", detail: expect.any(String) }],
    });
  });
});

describe("parseJsonWith", () => {
  it("reports text that is not JSON as one problem for the whole file", () => {
    const result = parseJsonWith(z.string(), "{");
    expect(result).toEqual({
      ok: false,
      problems: [{ path: "", code: "invalidJson", detail: expect.any(String) }],
    });
  });

  it("parses and validates JSON", () => {
    expect(parseJsonWith(z.string(), '"kunta"')).toEqual({ ok: true, value: "kunta" });
  });
});

describe("describeProblem", () => {
  it.each<[Problem, string]>([
    [
      { path: "themes[0].items[1].text.sv", code: "missing", detail: "string" },
      "themes[0].items[1].text.sv: is missing (expected string)",
    ],
    [
      { path: "", code: "invalidJson", detail: "Unexpected end" },
      "(file): is not valid JSON: Unexpected end",
    ],
    [{ path: "weight", code: "tooBig", detail: "3" }, "weight: is too big (maximum 3)"],
    [{ path: "extra", code: "unexpectedField" }, "extra: is not a known field"],
    [
      { path: "themes[1].id", code: "duplicateId", detail: "tuki" },
      'themes[1].id: repeats the id "tuki" used earlier',
    ],
    [
      { path: "checklist.version", code: "unknownVersion", detail: "2.0.0 (available: 1.0.0)" },
      "checklist.version: names an unknown version 2.0.0 (available: 1.0.0)",
    ],
    [
      { path: "answers.zz", code: "unknownItem", detail: "zz" },
      'answers.zz: answers an item "zz" that the checklist does not have',
    ],
  ])("describes %j", (problem, message) => {
    expect(describeProblem(problem)).toBe(message);
  });
});
