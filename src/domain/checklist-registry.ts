import { type Checklist, ChecklistSchema } from "./checklist";
import { type ParseResult, type Problem, parseWith } from "./problems";
import type { ChecklistLoadError, ChecklistRegistry } from "./registry-lookup";

/** `<id>/<version>.json` as the last two parts of the file's path (either separator, so the CLI agrees). */
function locationProblems(checklist: Checklist, file: string): Problem[] {
  const parts = file.split(/[\\/]/);
  const fileName = parts.at(-1) ?? "";
  const folder = parts.at(-2);
  const problems: Problem[] = [];
  if (folder !== undefined && folder !== checklist.id) {
    problems.push({
      path: "id",
      code: "invalid",
      detail: `"${checklist.id}" differs from the folder name "${folder}"`,
    });
  }
  if (fileName !== `${checklist.version}.json`) {
    problems.push({
      path: "version",
      code: "invalid",
      detail: `"${checklist.version}" differs from the file name "${fileName}"`,
    });
  }
  return problems;
}

/**
 * One checklist file's data checked against the schema and against where it lies: a version is found, and
 * never overwritten, by its name.
 */
export function checkChecklistFile(file: string, data: unknown): ParseResult<Checklist> {
  const parsed = parseWith(ChecklistSchema, data);
  if (!parsed.ok) return parsed;
  const problems = locationProblems(parsed.value, file);
  return problems.length === 0 ? parsed : { ok: false, problems };
}

/** From each file's result (a file that could not even be read is a failed result too), in the given order. */
export function registryFromResults(
  results: Iterable<readonly [file: string, result: ParseResult<Checklist>]>,
): ChecklistRegistry {
  const checklists: Checklist[] = [];
  const errors: ChecklistLoadError[] = [];
  for (const [file, result] of results) {
    if (result.ok) checklists.push(result.value);
    else errors.push({ file, problems: result.problems });
  }
  return { checklists, errors };
}

/** A bundled file keyed by its path as Vite's glob gives it ("/checklists/…"), checked and named without the "/". */
export function checkBundledFile(file: string, data: unknown): readonly [string, ParseResult<Checklist>] {
  const shown = file.replace(/^\//, "");
  return [shown, checkChecklistFile(shown, data)];
}

/** Validates every file (keyed by path, as Vite's glob gives them); an invalid one is reported, never used. */
export function buildRegistry(files: Readonly<Record<string, unknown>>): ChecklistRegistry {
  return registryFromResults(Object.entries(files).map(([file, data]) => checkBundledFile(file, data)));
}
