import { LANGUAGES, type Language } from "../../../domain/localized";
import type { ReportOptionValues } from "../report-options";

const NONE = "none";

/**
 * The options the user picked as the view's query, so the page can be reloaded or bookmarked; those not
 * picked are left out, and the view gives them the report page's defaults.
 */
export function viewQuery(picked: Partial<ReportOptionValues>): string {
  const params = new URLSearchParams();
  if (picked.language) params.set("language", picked.language);
  if (picked.exampleId !== undefined) params.set("example", picked.exampleId ?? NONE);
  if (picked.includeNotes !== undefined) params.set("notes", picked.includeNotes ? "1" : "0");
  if (picked.sinceYear !== undefined)
    params.set("since", picked.sinceYear === null ? NONE : String(picked.sinceYear));
  return params.toString();
}

/** The options the query names; a missing or unreadable one is left to the defaults. */
export function readViewQuery(query: string): Partial<ReportOptionValues> {
  const params = new URLSearchParams(query);
  const picked: Partial<ReportOptionValues> = {};
  const language = params.get("language");
  if (LANGUAGES.includes(language as Language)) picked.language = language as Language;
  const example = params.get("example");
  if (example) picked.exampleId = example === NONE ? null : example;
  const notes = params.get("notes");
  if (notes === "0" || notes === "1") picked.includeNotes = notes === "1";
  const since = params.get("since");
  if (since === NONE) picked.sinceYear = null;
  else if (since && /^\d{4}$/.test(since)) picked.sinceYear = Number(since);
  return picked;
}
