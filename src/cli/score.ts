import type { Assessment } from "../domain/assessment";
import { readAssessmentBytes, wholeAssessment } from "../domain/assessment-file";
import { longCsv, roundTo } from "../domain/csv";
import { describeProblem, type ParseResult, type Problem } from "../domain/problems";
import { alignMembers } from "../domain/regional";
import { type ChecklistRegistry, findChecklist } from "../domain/registry-lookup";
import { type ScoreSummary, scoreAssessment } from "../domain/scoring";
import { displayPath, parseCliOptions, readBytes, readChecklistRegistry } from "./cli-io";

const USAGE = `Usage: npm run score -- [--checklists DIR] [--csv [--notes]] FILE...
Prints one JSON line of scores per assessment file. Checklists come from DIR (default: checklists/).
With --csv, prints instead one CSV row per assessment and item (Finnish Excel settings), with --notes the notes too.`;

function summary(score: ScoreSummary) {
  return {
    score: score.score === null ? null : roundTo(score.score, 1),
    coverage: roundTo(score.coverage, 3),
    band: score.band,
    isProvisional: score.isProvisional,
  };
}

function loadChecklists(dir: string): ChecklistRegistry {
  const registry = readChecklistRegistry(dir);
  for (const { file, problems } of registry.errors) {
    process.exitCode = 1;
    const first = problems[0];
    const reason = first === undefined ? "" : `: ${describeProblem(first)}`;
    console.error(
      `Skipping invalid checklist ${displayPath(file)}${reason} (see npm run validate-checklists)`,
    );
  }
  return registry;
}

/** Path, code and detail: what a script reading the output needs, stable whatever the app adds for its texts. */
function errorOf({ path, code, detail }: Problem) {
  return {
    path,
    code,
    ...(detail === undefined ? {} : { detail }),
    message: describeProblem({ path, code, detail }),
  };
}

function readAssessment(file: string, registry: ChecklistRegistry): ParseResult<Assessment> {
  const bytes = readBytes(file);
  // A score is of the whole file: unlike the app's import, nothing is left out.
  return bytes.ok ? wholeAssessment(readAssessmentBytes(bytes.value, registry.checklists)) : bytes;
}

function scoreFile(file: string, registry: ChecklistRegistry): object {
  const result = readAssessment(file, registry);
  if (!result.ok) {
    process.exitCode = 1;
    return { file: displayPath(file), error: result.problems.map(errorOf) };
  }
  const { checklist: ref, meta, answers } = result.value;
  const checklist = findChecklist(registry, ref.id, ref.version);
  // readAssessmentFile has already matched the reference against these checklists.
  if (checklist === null) throw new Error(`checklist ${ref.id} ${ref.version} vanished`);
  const score = scoreAssessment(checklist, answers);
  return {
    file: displayPath(file),
    municipality: meta.municipality,
    year: meta.year,
    checklist: { id: ref.id, version: ref.version },
    overall: summary(score.overall),
    themes: score.themes.map((theme) => ({ id: theme.themeId, ...summary(theme) })),
  };
}

/** The long CSV layout of every file read; a file that cannot be read is named on stderr, never in the CSV. */
function writeCsv(files: readonly string[], registry: ChecklistRegistry, withNotes: boolean): void {
  const assessments = files.flatMap((file) => {
    const result = readAssessment(file, registry);
    if (result.ok) return [result.value];
    process.exitCode = 1;
    console.error(`Skipping ${displayPath(file)}: ${result.problems.map(describeProblem).join("; ")}`);
    return [];
  });
  const alignment = alignMembers(assessments, registry.checklists);
  if (alignment) process.stdout.write(longCsv(alignment, assessments, { language: "fi", withNotes }));
}

/** The switches only this tool has, taken out before the shared options (which know --checklists only). */
function takeSwitch(args: string[], name: string): boolean {
  const index = args.indexOf(name);
  if (index === -1 || args.slice(0, index).includes("--")) return false;
  args.splice(index, 1);
  return true;
}

const args = process.argv.slice(2);
const isCsv = takeSwitch(args, "--csv");
const withNotes = takeSwitch(args, "--notes");
const options = parseCliOptions(args);
// Unlike validate-checklists, there is nothing to do without files; notes go only into a CSV.
if (options === null || options.files.length === 0 || (withNotes && !isCsv)) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const registry = loadChecklists(options.checklistsDir);
  if (isCsv) writeCsv(options.files, registry, withNotes);
  else for (const file of options.files) console.log(JSON.stringify(scoreFile(file, registry)));
}
