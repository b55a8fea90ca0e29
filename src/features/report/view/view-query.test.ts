import { describe, expect, it } from "vitest";
import { readViewQuery, viewQuery } from "./view-query";

describe("the report view's query", () => {
  it("reads back the options it was written from", () => {
    const values = { language: "sv", exampleId: "koski-tl", includeNotes: false, sinceYear: 2025 } as const;
    expect(readViewQuery(viewQuery(values))).toEqual(values);
    const none = { language: "fi", exampleId: null, includeNotes: true, sinceYear: null } as const;
    expect(readViewQuery(viewQuery(none))).toEqual(none);
  });

  it("writes only what was picked", () => {
    expect(viewQuery({ language: "fi" })).toBe("language=fi");
  });

  it("leaves what it cannot read to the defaults", () => {
    expect(readViewQuery("")).toEqual({});
    expect(readViewQuery("language=de&notes=yes&since=20x5&example=")).toEqual({});
  });
});
