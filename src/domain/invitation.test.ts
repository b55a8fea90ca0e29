import { describe, expect, it } from "vitest";
import { type Invitation, invitationQuery, readInvitation } from "./invitation";
import { MUNICIPALITY_MAX } from "./limits";

const koski: Invitation = {
  checklist: { id: "kumppanuuspeili", version: "1.0.0" },
  municipality: "Koski Tl",
  municipalityCode: "284",
  year: 2026,
};

const VALID = "checklist=kumppanuuspeili&version=1.0.0&municipality=Koski%20Tl&code=284&year=2026";

function problemsOf(query: string) {
  const result = readInvitation(query);
  return result.ok ? [] : result.problems.map(({ path, code }) => [path, code]);
}

describe("invitationQuery", () => {
  it("writes the fields in a fixed order, percent-encoded, without a code when there is none", () => {
    expect(invitationQuery(koski)).toBe(VALID);
    const { municipalityCode: _, ...village } = { ...koski, municipality: "Kylä & co = ?" };
    expect(invitationQuery(village)).toBe(
      "checklist=kumppanuuspeili&version=1.0.0&municipality=Kyl%C3%A4%20%26%20co%20%3D%20%3F&year=2026",
    );
  });

  it("is read by URLSearchParams as it is by readInvitation", () => {
    const params = new URLSearchParams(
      invitationQuery({ ...koski, municipality: "Pargas", municipalityCode: "445" }),
    );
    expect(Object.fromEntries(params)).toEqual({
      checklist: "kumppanuuspeili",
      version: "1.0.0",
      municipality: "Pargas",
      code: "445",
      year: "2026",
    });
  });

  it("does not throw on a name with a lone surrogate", () => {
    const query = invitationQuery({ ...koski, municipality: "Kylä\uD800", municipalityCode: undefined });
    expect(readInvitation(query)).toMatchObject({ ok: true, value: { municipality: "Kylä\uFFFD" } });
  });
});

describe("readInvitation", () => {
  it("reads back what invitationQuery wrote, with or without a leading ?", () => {
    expect(readInvitation(invitationQuery(koski))).toEqual({ ok: true, value: koski });
    expect(readInvitation(`?${VALID}`)).toEqual({ ok: true, value: koski });
    const village = { checklist: koski.checklist, municipality: "Kylä & co = ?", year: 2025 };
    expect(readInvitation(invitationQuery(village))).toEqual({ ok: true, value: village });
  });

  it("reads a link URLSearchParams wrote, where a space is +", () => {
    const query = new URLSearchParams({
      checklist: "kumppanuuspeili",
      version: "1.0.0",
      municipality: "Koski Tl",
      code: "284",
      year: "2026",
    });
    expect(query.toString()).toContain("Koski+Tl");
    expect(readInvitation(query.toString())).toEqual({ ok: true, value: koski });
  });

  it("names each missing field", () => {
    expect(problemsOf("")).toEqual([
      ["checklist", "missing"],
      ["version", "missing"],
      ["municipality", "missing"],
      ["year", "missing"],
    ]);
  });

  it("never accepts answers or anything else beside the invitation's fields", () => {
    expect(problemsOf(`${VALID}&a1=3`)).toEqual([["a1", "unexpectedField"]]);
    expect(problemsOf(`${VALID}&answers=${encodeURIComponent('{"a1":{"kind":"level","level":3}}')}`)).toEqual(
      [["answers", "unexpectedField"]],
    );
    expect(problemsOf(`${VALID}&__proto__=x`)).toEqual([["__proto__", "unexpectedField"]]);
  });

  it("refuses hostile and malformed values with the meta's own rules", () => {
    expect(problemsOf(VALID.replace("kumppanuuspeili", "..%2F..%2Fetc"))).toEqual([
      ["checklist", "badFormat"],
    ]);
    expect(problemsOf(VALID.replace("1.0.0", "1.0"))).toEqual([["version", "badFormat"]]);
    expect(problemsOf(VALID.replace("2026", "1999"))).toEqual([["year", "tooSmall"]]);
    expect(problemsOf(VALID.replace("2026", "2026.5"))).toEqual([["year", "wrongType"]]);
    expect(problemsOf(VALID.replace("2026", "1e3"))).toEqual([["year", "wrongType"]]);
    expect(problemsOf(VALID.replace("code=284", "code=28"))).toEqual([["code", "badFormat"]]);
    expect(problemsOf(VALID.replace("Koski%20Tl", "x".repeat(MUNICIPALITY_MAX + 1)))).toEqual([
      ["municipality", "tooLong"],
    ]);
    // A broken escape, and a field given twice, are refused rather than guessed at.
    expect(problemsOf(VALID.replace("Koski%20Tl", "Koski%E0"))).toEqual([["municipality", "badFormat"]]);
    expect(problemsOf(`${VALID}&year=2027`)).toEqual([["year", "invalid"]]);
  });

  it("refuses a code that is not the named municipality's", () => {
    expect(problemsOf(VALID.replace("code=284", "code=091"))).toEqual([["code", "invalid"]]);
    expect(problemsOf(VALID.replace("Koski%20Tl", "Kyl%C3%A4"))).toEqual([["code", "invalid"]]);
    // A Swedish name carries its municipality's code too.
    expect(readInvitation(VALID.replace("Koski%20Tl", "Pargas").replace("284", "445")).ok).toBe(true);
  });

  it("refuses an oversized link before reading it", () => {
    expect(problemsOf(`${VALID}&${"x".repeat(5000)}`)).toEqual([["", "tooLong"]]);
  });
});
