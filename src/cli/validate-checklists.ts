import path from "node:path";
import { adaptationProblems } from "../domain/adapted-checklist";
import { ASSESSMENT_FILE_FORMAT, parseAssessmentFile } from "../domain/assessment-file";
import type { Checklist } from "../domain/checklist";
import { allItems, itemIds } from "../domain/checklist-lookup";
import { readExample } from "../domain/example-file";
import { PRACTICE_CATALOG_FORMAT } from "../domain/practice";
import { parsePracticeCatalog, readPracticeCatalog } from "../domain/practice-catalog";
import { describeProblem, type Problem } from "../domain/problems";
import { type ChecklistRegistry, findChecklistOrLatest } from "../domain/registry-lookup";
import { versionProblemsIn } from "../domain/version-problems";
import { runDiff } from "./checklist-diff";
import {
  checklistTree,
  displayPath,
  isInExamplesFolder,
  PRACTICE_CATALOG_FILE,
  parseCliOptions,
  readChecklistFile,
  readChecklistRegistry,
  readJson,
} from "./cli-io";

const USAGE = `Usage: npm run validate-checklists -- [--checklists DIR] [FILE...]
Without files, checks every checklist, example municipality and practice catalog in DIR (default: checklists/).
A file's kind is read from its content. Examples and practice catalogs are checked against DIR/<checklist id>/.`;

type Report = { ok: true; summary: string; notes: string[] } | { ok: false; problems: Problem[] };
type Kind = "checklist" | "example" | "practices";
type FindChecklist = (id: string, version: string) => Checklist | null;
type FindVersions = (id: string) => readonly Checklist[];

/** The checklists in `<dir>/<id>/`, each folder read once. */
function folderReader(dir: string): (id: string) => ChecklistRegistry {
  const cache = new Map<string, ChecklistRegistry>();
  return (id) => {
    let registry = cache.get(id);
    if (registry === undefined) {
      registry = readChecklistRegistry(path.join(dir, id));
      cache.set(id, registry);
    }
    return registry;
  };
}

/** The version a file names if it is there, else the latest (item ids are stable, so answers still match). */
function checklistFinder(folder: (id: string) => ChecklistRegistry): FindChecklist {
  return (id, version) => findChecklistOrLatest(folder(id), id, version);
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Like a checklist's `<id>/<version>.json`: `<checklist id>/examples/<example id>.json`. */
function exampleLocationProblems(file: string, checklistId: string, exampleId: string): Problem[] {
  if (!isInExamplesFolder(file)) return [];
  const problems: Problem[] = [];
  const folder = path.basename(path.dirname(path.dirname(path.resolve(file))));
  if (folder !== checklistId) {
    problems.push({
      path: "checklist.id",
      code: "invalid",
      detail: `"${checklistId}" differs from the folder name "${folder}"`,
    });
  }
  const fileName = path.basename(file);
  if (fileName !== `${exampleId}.json`) {
    problems.push({
      path: "example.id",
      code: "invalid",
      detail: `"${exampleId}" differs from the file name "${fileName}"`,
    });
  }
  return problems;
}

function validateChecklist(file: string, findVersions: FindVersions): Report {
  const result = readChecklistFile(file);
  if (!result.ok) return result;
  const { id, version } = result.value;
  const versionProblems = versionProblemsIn(findVersions(id), result.value);
  if (versionProblems.length > 0) {
    return {
      ok: false,
      problems: versionProblems.map((detail) => ({ path: "changes", code: "invalid", detail })),
    };
  }
  const basedOn = result.value.adaptation?.basedOn;
  if (basedOn) {
    // An adapted checklist is checked against its base as the app checks it on loading.
    const base = findVersions(basedOn.id).find((candidate) => candidate.version === basedOn.version);
    const problems = base
      ? adaptationProblems(result.value, base)
      : [`its base ${basedOn.id} ${basedOn.version} is not in the checklists folder`];
    if (problems.length > 0) {
      return {
        ok: false,
        problems: problems.map((detail) => ({ path: "adaptation", code: "invalid", detail })),
      };
    }
  }
  return { ok: true, summary: `${id} ${version}, ${allItems(result.value).length} items`, notes: [] };
}

function validateExample(file: string, data: unknown, findChecklist: FindChecklist): Report {
  const shape = parseAssessmentFile(data);
  if (!shape.ok) return shape;
  const { id, version } = shape.value.checklist;
  const checklist = findChecklist(id, version);
  if (checklist === null) {
    return { ok: false, problems: [{ path: "checklist.id", code: "unknownChecklist", detail: id }] };
  }
  const result = readExample(data, checklist);
  if (!result.ok) return result;
  const { profile, assessment, unmatchedItemIds } = result.value;
  const problems = exampleLocationProblems(file, id, profile.id);
  if (problems.length > 0) return { ok: false, problems };
  const answers = Object.keys(assessment.answers).length;
  const cited = Object.keys(profile.citations).length;
  const count = unmatchedItemIds.length;
  // Another version is not a failure, but its lost answers must be seen.
  const notes =
    count === 0
      ? []
      : [
          `${count} ${plural(count, "answer matches", "answers match")} no item of ${checklist.version}: ` +
            unmatchedItemIds.join(", "),
        ];
  return { ok: true, summary: `example ${profile.id}, ${answers} answers, ${cited} cited`, notes };
}

function validatePractices(file: string, data: unknown, findChecklist: FindChecklist): Report {
  const shape = parsePracticeCatalog(data);
  if (!shape.ok) return shape;
  const { id, version } = shape.value.checklist;
  const checklist = findChecklist(id, version);
  if (checklist === null) {
    return { ok: false, problems: [{ path: "checklist.id", code: "unknownChecklist", detail: id }] };
  }
  const result = readPracticeCatalog(data, checklist);
  if (!result.ok) return result;
  const folder = path.basename(path.dirname(path.resolve(file)));
  if (path.basename(file) === PRACTICE_CATALOG_FILE && folder !== id) {
    const detail = `"${id}" differs from the folder name "${folder}"`;
    return { ok: false, problems: [{ path: "checklist.id", code: "invalid", detail }] };
  }
  const known = itemIds(checklist);
  const unmatched = [...new Set(shape.value.practices.flatMap((card) => card.items))]
    .filter((itemId) => !known.has(itemId))
    .sort();
  const kept = new Set(result.value.map((card) => card.id));
  const dropped = shape.value.practices.filter((card) => !kept.has(card.id)).map((card) => card.id);
  const notes: string[] = [];
  if (unmatched.length > 0) {
    notes.push(
      `${unmatched.length} ${plural(unmatched.length, "item id matches", "item ids match")} no item of ` +
        `${checklist.version}: ${unmatched.join(", ")}`,
    );
  }
  if (dropped.length > 0) {
    notes.push(
      `${dropped.length} ${plural(dropped.length, "card is", "cards are")} left out: ${dropped.join(", ")}`,
    );
  }
  return { ok: true, summary: `practices, ${result.value.length} cards`, notes };
}

function kindByContent(data: unknown): Kind {
  const format =
    typeof data === "object" && data !== null ? (data as Record<string, unknown>).format : undefined;
  if (format === PRACTICE_CATALOG_FORMAT) return "practices";
  // An assessment without `example` is reported as an example lacking it, not as a broken checklist.
  if (format === ASSESSMENT_FILE_FORMAT) return "example";
  return "checklist";
}

interface Finders {
  findChecklist: FindChecklist;
  findVersions: FindVersions;
}

function validate(file: string, kind: Kind | null, { findChecklist, findVersions }: Finders): Report {
  if (kind === "checklist") return validateChecklist(file, findVersions);
  const data = readJson(file);
  if (!data.ok) return data;
  switch (kind ?? kindByContent(data.value)) {
    case "checklist":
      return validateChecklist(file, findVersions);
    case "example":
      return validateExample(file, data.value, findChecklist);
    case "practices":
      return validatePractices(file, data.value, findChecklist);
  }
}

function findersIn(dir: string): Finders {
  const folder = folderReader(dir);
  return { findChecklist: checklistFinder(folder), findVersions: (id) => folder(id).checklists };
}

function print(file: string, report: Report): void {
  if (report.ok) {
    console.log(`OK ${displayPath(file)} (${report.summary})`);
    for (const note of report.notes) console.log(`  note: ${note}`);
  } else {
    process.exitCode = 1;
    console.log(`FAIL ${displayPath(file)}`);
    for (const problem of report.problems) console.log(`  ${describeProblem(problem)}`);
  }
}

const args = process.argv.slice(2);
const options = args.includes("--diff") ? undefined : parseCliOptions(args);
if (options === undefined) {
  process.exitCode = runDiff(args);
} else if (options === null) {
  console.error(USAGE);
  process.exitCode = 2;
} else if (options.files.length > 0) {
  const finders = findersIn(options.checklistsDir);
  for (const file of options.files) print(file, validate(file, null, finders));
} else {
  const tree = checklistTree(options.checklistsDir);
  const finders = findersIn(options.checklistsDir);
  const files: [string, Kind][] = [
    ...tree.checklists.map((file): [string, Kind] => [file, "checklist"]),
    ...tree.examples.map((file): [string, Kind] => [file, "example"]),
    ...tree.practiceCatalogs.map((file): [string, Kind] => [file, "practices"]),
  ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (tree.checklists.length === 0) {
    // A check that finds nothing to check must not pass.
    console.error(`No checklist files found in ${displayPath(options.checklistsDir)}`);
    process.exitCode = 1;
  }
  for (const [file, kind] of files) print(file, validate(file, kind, finders));
}
