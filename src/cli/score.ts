import { readAssessmentBytes, wholeAssessment } from "../domain/assessment-file";
import { type ChecklistRegistry, findChecklist } from "../domain/checklist-registry";
import { describeProblem, type Problem } from "../domain/problems";
import { type ScoreSummary, scoreAssessment } from "../domain/scoring";
import { displayPath, parseCliOptions, readBytes, readChecklistRegistry } from "./cli-io";

const USAGE = `Usage: npm run score -- [--checklists DIR] FILE...
Prints one JSON line of scores per assessment file. Checklists come from DIR (default: checklists/).`;

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function summary(score: ScoreSummary) {
  return {
    score: score.score === null ? null : round(score.score, 1),
    coverage: round(score.coverage, 3),
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

function scoreFile(file: string, registry: ChecklistRegistry): object {
  const bytes = readBytes(file);
  // A score is of the whole file: unlike the app's import, nothing is left out.
  const result = bytes.ok ? wholeAssessment(readAssessmentBytes(bytes.value, registry.checklists)) : bytes;
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

const options = parseCliOptions(process.argv.slice(2));
// Unlike validate-checklists, there is nothing to do without files.
if (options === null || options.files.length === 0) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const registry = loadChecklists(options.checklistsDir);
  for (const file of options.files) console.log(JSON.stringify(scoreFile(file, registry)));
}
