import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Checklist, ChecklistSchema } from "../domain/checklist";
import { type ParseResult, type Problem, parseJsonWith } from "../domain/problems";

/** Resolved from this file, so the tools work from any working directory. */
export const CHECKLISTS_DIR = fileURLToPath(new URL("../../checklists", import.meta.url));

/** How a path is printed: relative to where the tool was run, as the user would type it. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)) || file;
}

export function readText(file: string): ParseResult<string> {
  try {
    return { ok: true, value: readFileSync(file, "utf8") };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      ok: false,
      problems: [{ path: "", code: "invalid", detail: `cannot read the file: ${reason}` }],
    };
  }
}

/** Every checklist file under `dir` (`**\/*.json` but not `*.schema.json`), sorted for stable output. */
export function checklistFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .map((name) => path.join(dir, name))
    .sort();
}

/** Checklists live at `<id>/<version>.json`, so a version can be found, and never overwritten, by its name. */
function locationProblems(checklist: Checklist, file: string): Problem[] {
  const problems: Problem[] = [];
  const folder = path.basename(path.dirname(path.resolve(file)));
  if (folder !== checklist.id) {
    problems.push({
      path: "id",
      code: "invalid",
      detail: `"${checklist.id}" differs from the folder name "${folder}"`,
    });
  }
  const fileName = path.basename(file);
  if (fileName !== `${checklist.version}.json`) {
    problems.push({
      path: "version",
      code: "invalid",
      detail: `"${checklist.version}" differs from the file name "${fileName}"`,
    });
  }
  return problems;
}

export function readChecklistFile(file: string): ParseResult<Checklist> {
  const text = readText(file);
  if (!text.ok) return text;
  const parsed = parseJsonWith(ChecklistSchema, text.value);
  if (!parsed.ok) return parsed;
  const problems = locationProblems(parsed.value, file);
  return problems.length === 0 ? parsed : { ok: false, problems };
}
