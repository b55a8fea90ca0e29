import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { assessmentFileName, toAssessmentFile } from "../domain/assessment-file";
import { generateAssessments } from "../domain/generate-assessments";
import { latestChecklist } from "../domain/registry-lookup";
import { CHECKLISTS_DIR, displayPath, readChecklistRegistry, resolveUserPath } from "./cli-io";

const USAGE = `Usage: npm run generate-assessments -- N DIR [--seed S] [--checklists DIR]
Writes N valid assessment files of the newest shipped checklist into DIR (made if missing): a mix of
municipalities, associations and workshops, regions and years 2024–2026. The same seed (default 1) writes the
same files.`;

const INTEGER = /^-?\d+$/;

interface Options {
  count: number;
  dir: string;
  seed: number;
  checklistsDir: string;
}

/** null when the arguments deserve the usage text. */
function parseOptions(args: string[]): Options | null {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { seed: { type: "string" }, checklists: { type: "string" } },
      allowPositionals: true,
    });
    const [count, dir] = positionals;
    const seed = values.seed ?? "1";
    if (positionals.length !== 2 || !/^\d+$/.test(count ?? "") || !INTEGER.test(seed) || !dir) return null;
    return {
      count: Number(count),
      dir: resolveUserPath(dir),
      seed: Number(seed),
      checklistsDir: values.checklists === undefined ? CHECKLISTS_DIR : resolveUserPath(values.checklists),
    };
  } catch {
    return null;
  }
}

function run(options: Options): void {
  const checklist = latestChecklist(readChecklistRegistry(options.checklistsDir));
  if (checklist === null) {
    console.error(`No valid checklist in ${displayPath(options.checklistsDir)}`);
    process.exitCode = 1;
    return;
  }
  const assessments = generateAssessments(checklist, options.count, options.seed);
  mkdirSync(options.dir, { recursive: true });
  // Numbered, so files of one municipality's several respondents never share a name, and sort as generated.
  const digits = Math.max(3, String(options.count).length);
  assessments.forEach((assessment, index) => {
    const name = `${String(index + 1).padStart(digits, "0")}-${assessmentFileName(assessment)}`;
    writeFileSync(path.join(options.dir, name), `${JSON.stringify(toAssessmentFile(assessment), null, 2)}\n`);
  });
  console.log(
    `Wrote ${assessments.length} assessments of ${checklist.id} ${checklist.version} to ${displayPath(options.dir)}`,
  );
}

const options = parseOptions(process.argv.slice(2));
if (options === null) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  try {
    run(options);
  } catch (error) {
    // Too many municipalities' own assessments asked for, or the folder cannot be written.
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
