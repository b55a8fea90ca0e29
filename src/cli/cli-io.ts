import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Checklist } from "../domain/checklist";
import { checkChecklistFile, registryFromResults } from "../domain/checklist-registry";
import { decodeFileText, fileSizeProblem } from "../domain/file-text";
import { type ParseResult, parseJson } from "../domain/problems";
import type { ChecklistRegistry } from "../domain/registry-lookup";

/** Resolved from this file, so the tools work from any working directory. */
export const CHECKLISTS_DIR = fileURLToPath(new URL("../../checklists", import.meta.url));

interface CliOptions {
  /** Absolute, resolved from where the user stands. */
  checklistsDir: string;
  /** Absolute, resolved from where the user stands. */
  files: string[];
}

/** `[--checklists DIR] [FILE...]`; null when the arguments deserve the usage text. */
export function parseCliOptions(args: string[]): CliOptions | null {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { checklists: { type: "string" } },
      allowPositionals: true,
    });
    const checklistsDir =
      values.checklists === undefined ? CHECKLISTS_DIR : resolveUserPath(values.checklists);
    return { checklistsDir, files: positionals.map(resolveUserPath) };
  } catch {
    // parseArgs throws on an unknown option or a missing value; both deserve the usage text.
    return null;
  }
}

/**
 * Where the user stands: `npm run` starts scripts in the project root and says where it was called from in
 * INIT_CWD, so `npm run score -- ../kunta.json` means the file the user sees from their folder.
 */
export function userDirectory(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** A path as the user typed it, made absolute from where they stand. */
export function resolveUserPath(file: string): string {
  return path.resolve(userDirectory(), file);
}

/** How a path is printed: relative to where the tool was run, as the user would type it. */
export function displayPath(file: string): string {
  return path.relative(userDirectory(), resolveUserPath(file)) || file;
}

function cannotRead(error: unknown): ParseResult<never> {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return { ok: false, problems: [{ path: "", code: "invalid", detail: `cannot read the file: ${reason}` }] };
}

/** A file's bytes, refused by its size before they are read (a 51 MB file costs a stat, not a parse). */
export function readBytes(file: string): ParseResult<Uint8Array> {
  try {
    const tooLarge = fileSizeProblem(statSync(resolveUserPath(file)).size);
    if (tooLarge) return { ok: false, problems: [tooLarge] };
    return { ok: true, value: readFileSync(resolveUserPath(file)) };
  } catch (error) {
    return cannotRead(error);
  }
}

/** Text as the app reads it: the same size limit, a BOM allowed, invalid UTF-8 refused. */
export function readText(file: string): ParseResult<string> {
  const bytes = readBytes(file);
  return bytes.ok ? decodeFileText(bytes.value) : bytes;
}

/** The JSON files under a checklists folder, by what they are; each list sorted for stable output. */
export interface ChecklistTree {
  /** `<id>/<version>.json`, and any other JSON file, so a misplaced one is reported rather than skipped. */
  checklists: string[];
  /** `<id>/examples/<example id>.json` */
  examples: string[];
  /** `<id>/practices.json` */
  practiceCatalogs: string[];
}

export const PRACTICE_CATALOG_FILE = "practices.json";
export const EXAMPLES_FOLDER = "examples";

export function isInExamplesFolder(file: string): boolean {
  return path.basename(path.dirname(path.resolve(file))) === EXAMPLES_FOLDER;
}

/** Every JSON file under `dir` except `*.schema.json`, sorted into checklists, examples and practices. */
export function checklistTree(dir: string): ChecklistTree {
  const tree: ChecklistTree = { checklists: [], examples: [], practiceCatalogs: [] };
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return tree;
    throw error;
  }
  const files = names
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .map((name) => path.join(dir, name))
    .sort();
  for (const file of files) {
    if (isInExamplesFolder(file)) tree.examples.push(file);
    else if (path.basename(file) === PRACTICE_CATALOG_FILE) tree.practiceCatalogs.push(file);
    else tree.checklists.push(file);
  }
  return tree;
}

export function readJson(file: string): ParseResult<unknown> {
  const text = readText(file);
  return text.ok ? parseJson(text.value) : text;
}

/** One checklist file, read, parsed and checked where it lies (by the registry's own rules). */
export function readChecklistFile(file: string): ParseResult<Checklist> {
  const data = readJson(file);
  // Resolved, so a file named from inside its folder is still checked against that folder's name.
  return data.ok ? checkChecklistFile(path.resolve(file), data.value) : data;
}

/** The checklists under `dir` (examples and practice catalogs beside them are not checklists), each checked. */
export function readChecklistRegistry(dir: string): ChecklistRegistry {
  return registryFromResults(
    checklistTree(dir).checklists.map((file) => [file, readChecklistFile(file)] as const),
  );
}
