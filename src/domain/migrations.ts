import { newAssessmentId } from "./assessment";
import { emptyPlan } from "./plan";
import { isRecord, type ParseResult } from "./problems";

/**
 * One ladder of numbered steps per artefact (the file format, the stored state). Both carry an assessment,
 * whose shape changed at the same versions, so each ladder's step n applies the assessment step n.
 * Steps are pure: whatever would be random comes in through the context.
 */
export interface MigrationContext {
  newId: () => string;
}

export const DEFAULT_MIGRATION_CONTEXT: MigrationContext = { newId: newAssessmentId };

type Data = Record<string, unknown>;
export type MigrationStep = (data: Data, context: MigrationContext) => Data;

/** 1 → 2: targets, actions and the annual clock joined the assessment; it gets the plan a new one starts with. */
const addPlan: MigrationStep = (assessment) => ({ ...emptyPlan(), ...assessment });
/** 2 → 3: an id and a creation time; the last change stands in for the creation. */
const addIdentity: MigrationStep = (assessment, { newId }) => ({
  id: newId(),
  createdAt: assessment.updatedAt,
  ...assessment,
});

/** ASSESSMENT_STEPS[n] lifts an assessment of version n to version n + 1; every ladder is built from these. */
const ASSESSMENT_STEPS: Readonly<Record<number, MigrationStep>> = { 1: addPlan, 2: addIdentity };

/** The assessment steps, each wrapped to lift the artefact that carries the assessment. */
function ladderSteps(
  wrap: (step: MigrationStep, to: number) => MigrationStep,
): Record<number, MigrationStep> {
  return Object.fromEntries(
    Object.entries(ASSESSMENT_STEPS).map(([from, step]) => [from, wrap(step, Number(from) + 1)]),
  );
}

export interface Ladder {
  /** For messages: what the version is of. */
  artefact: string;
  /** Where the version is written, for the problem's path. */
  versionPath: string;
  first: number;
  current: number;
  steps: Readonly<Record<number, MigrationStep>>;
}

/** Bump when the file's shape changes, and add a step to FILE_FORMAT_LADDER. */
export const ASSESSMENT_FILE_VERSION = 3;
/** Bump when the stored shape changes, and add a step to STORED_STATE_LADDER. */
export const PERSISTED_STATE_VERSION = 3;

function fileStep(step: MigrationStep, to: number): MigrationStep {
  return (file, context) => ({ ...step(file, context), formatVersion: to });
}

function stateStep(step: MigrationStep): MigrationStep {
  return (state, context) =>
    isRecord(state.assessment) ? { ...state, assessment: step(state.assessment, context) } : state;
}

/** A file is the assessment's fields beside `format` and `formatVersion`. */
export const FILE_FORMAT_LADDER: Ladder = {
  artefact: "assessment file",
  versionPath: "formatVersion",
  first: 1,
  current: ASSESSMENT_FILE_VERSION,
  steps: ladderSteps(fileStep),
};

/** The zustand envelope's `state`: `{ assessment, language }`; its `version` sits beside it. */
export const STORED_STATE_LADDER: Ladder = {
  artefact: "stored state",
  versionPath: "version",
  first: 1,
  current: PERSISTED_STATE_VERSION,
  steps: ladderSteps(stateStep),
};

/** The gaps and strays of a ladder: every version from `first` to `current - 1` needs a step, and no other. */
export function ladderProblems(ladder: Ladder): string[] {
  const problems: string[] = [];
  for (let version = ladder.first; version < ladder.current; version++) {
    if (!Object.hasOwn(ladder.steps, version))
      problems.push(`${ladder.artefact}: no step ${version} → ${version + 1}`);
  }
  for (const key of Object.keys(ladder.steps)) {
    const version = Number(key);
    if (!(version >= ladder.first && version < ladder.current)) {
      problems.push(`${ladder.artefact}: step ${key} is outside ${ladder.first}…${ladder.current - 1}`);
    }
  }
  return problems;
}

// A forgotten step would silently drop users' data: refuse to start instead.
for (const ladder of [FILE_FORMAT_LADDER, STORED_STATE_LADDER]) {
  const problems = ladderProblems(ladder);
  if (problems.length > 0) throw new Error(`Broken migration ladder: ${problems.join("; ")}`);
}

/**
 * Runs the steps from `version` up to the ladder's current version. A version newer than the app knows, or
 * older than any step, is refused rather than guessed at.
 */
export function migrate(
  ladder: Ladder,
  data: Data,
  version: unknown,
  context: MigrationContext = DEFAULT_MIGRATION_CONTEXT,
): ParseResult<Data> {
  const refuse = (): ParseResult<Data> => ({
    ok: false,
    problems: [{ path: ladder.versionPath, code: "unknownVersion", detail: String(version) }],
  });
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return {
      ok: false,
      problems: [
        {
          path: ladder.versionPath,
          code: version === undefined ? "missing" : "wrongType",
          detail: "integer",
        },
      ],
    };
  }
  if (version < ladder.first || version > ladder.current) return refuse();
  let current = data;
  for (let from = version; from < ladder.current; from++) {
    const step = ladder.steps[from];
    if (step === undefined) return refuse();
    current = step(current, context);
  }
  return { ok: true, value: current };
}
