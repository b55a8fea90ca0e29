import * as z from "zod/mini";
import { AssessmentMetaSchema } from "./assessment";
import type { ChecklistRef } from "./checklist";
import { SemverSchema, SlugSchema } from "./ids";
import { matchMunicipality } from "./municipalities";
import { type ParseResult, type Problem, parseWith } from "./problems";

/** What an association needs to start answering for a municipality: never any of the municipality's answers. */
export interface Invitation {
  checklist: ChecklistRef;
  municipality: string;
  municipalityCode?: string;
  year: number;
}

/**
 * The query's own fields, under the names the link shows, so a problem's path names what is in the link.
 * Strict: a link carrying anything else (answers, say) is refused, not partly read.
 */
const InvitationQuerySchema = z.strictObject({
  checklist: SlugSchema,
  version: SemverSchema,
  municipality: AssessmentMetaSchema.shape.municipality,
  code: AssessmentMetaSchema.shape.municipalityCode,
  year: AssessmentMetaSchema.shape.year,
});

/** Far above any real link (a 100-character name, encoded, is under 1 KB); refused before it is read. */
const QUERY_MAX = 2000;

/**
 * "checklist=…&version=…&municipality=…&code=…&year=…", percent-encoded as URLSearchParams reads it (written
 * by hand: the domain has no DOM or Node types, and so no URLSearchParams).
 */
export function invitationQuery(invitation: Invitation): string {
  const fields: [string, string | undefined][] = [
    ["checklist", invitation.checklist.id],
    ["version", invitation.checklist.version],
    ["municipality", invitation.municipality],
    ["code", invitation.municipalityCode],
    ["year", String(invitation.year)],
  ];
  return fields
    .flatMap(([key, value]) =>
      value === undefined ? [] : [`${key}=${encodeURIComponent(wellFormed(value))}`],
    )
    .join("&");
}

/** A lone surrogate (from a hostile file) made U+FFFD, as String.prototype.toWellFormed would: encoding throws on it. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
}

/** A year is digits in the link; anything else stays a string for the schema to refuse as the wrong type. */
function yearOf(text: string): number | string {
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}

/** As URLSearchParams decodes: "+" is a space. null for a broken escape such as "%E0". */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    return null;
  }
}

function fieldsOf(query: string): ParseResult<Record<string, unknown>> {
  // A Map, so a key such as "__proto__" is a field like any other (and refused as unknown).
  const fields = new Map<string, unknown>();
  const problems: Problem[] = [];
  for (const pair of query.replace(/^\?/, "").split("&")) {
    if (pair === "") continue;
    const split = pair.indexOf("=");
    const key = decode(split === -1 ? pair : pair.slice(0, split));
    const value = split === -1 ? "" : decode(pair.slice(split + 1));
    if (key === null || value === null) {
      problems.push({ path: key ?? "", code: "badFormat", detail: "URL encoding" });
    } else if (fields.has(key)) {
      // Two values for one field leave it unclear which the sender meant.
      problems.push({ path: key, code: "invalid", detail: "repeated" });
    } else fields.set(key, key === "year" ? yearOf(value) : value);
  }
  return problems.length === 0 ? { ok: true, value: Object.fromEntries(fields) } : { ok: false, problems };
}

/** The code follows the name (as withMunicipalityCode keeps it), so a link cannot pair a name with another's code. */
function codeProblem({ municipality, code }: { municipality: string; code?: string }): Problem | null {
  if (code === undefined || matchMunicipality(municipality)?.code === code) return null;
  return { path: "code", code: "invalid", detail: `${code} is not the code of "${municipality}"` };
}

/** Validated with the same rules as an assessment's meta; a leading "?" is allowed. */
export function readInvitation(query: string): ParseResult<Invitation> {
  if (query.length > QUERY_MAX)
    return { ok: false, problems: [{ path: "", code: "tooLong", detail: String(QUERY_MAX) }] };
  const fields = fieldsOf(query);
  if (!fields.ok) return fields;
  const parsed = parseWith(InvitationQuerySchema, fields.value);
  if (!parsed.ok) return parsed;
  const { checklist, version, municipality, code, year } = parsed.value;
  const mismatch = codeProblem(parsed.value);
  if (mismatch) return { ok: false, problems: [mismatch] };
  return {
    ok: true,
    value: {
      checklist: { id: checklist, version },
      municipality,
      ...(code === undefined ? {} : { municipalityCode: code }),
      year,
    },
  };
}
