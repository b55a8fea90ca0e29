// @vitest-environment node
// The import is pure domain code; jsdom's globals would only slow 10,000 cases down.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import {
  anyFileBytes,
  damagedText,
  mutatedFile,
  otherJson,
  randomBytes,
  VALID_FILE,
} from "../../tests/fuzz/assessment-file-cases";
import { describeProblemIn } from "../ui/problem-list";
import { AssessmentSchema } from "./assessment";
import { importAssessment, readAssessmentBytes, wholeAssessment } from "./assessment-file";
import { LANGUAGES, type Language } from "./localized";
import { PROBLEM_CODES, type Problem } from "./problems";

const checklists = bundledRegistry.checklists;
const common = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    JSON.parse(
      readFileSync(path.join(import.meta.dirname, `../i18n/locales/${language}/common.json`), "utf8"),
    ),
  ]),
) as Record<Language, { problem: Record<string, unknown> }>;
const i18n = createInstance();
void i18n.init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: common[language] }])),
  lng: "fi",
  initAsync: false,
  interpolation: { escapeValue: false },
});
const translators = Object.fromEntries(
  LANGUAGES.map((language) => [language, i18n.getFixedT(language)]),
) as Record<Language, TFunction>;

/** Message texts are checked once per kind of problem: the wording depends on the code, field and entry. */
const seenKinds = new Set<string>();

const CODES = new Set<string>(PROBLEM_CODES);

/** Plain checks in the hot path: expect() per problem would double the run's time. */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function checkProblem(problem: Problem): void {
  check(CODES.has(problem.code), () => `untyped problem ${JSON.stringify(problem)}`);
  check(typeof problem.path === "string", () => `no path in ${JSON.stringify(problem)}`);
  const kind = `${problem.code}|${problem.field}|${problem.entry?.kind}|${problem.path.split(/[.[]/)[0]}`;
  if (seenKinds.has(kind)) return;
  seenKinds.add(kind);
  for (const language of LANGUAGES) {
    const text = describeProblemIn(translators[language], problem, language);
    // i18next answers a missing key with the key itself.
    expect(text, `${language}: ${JSON.stringify(problem)}`).not.toMatch(/problem\./);
    expect(text.length).toBeGreaterThan(0);
  }
}

let cases = 0;
let refusals = 0;
let partial = 0;
let started = 0;

/** Never throws; a refusal always has typed, translated problems; what is kept is a valid assessment. */
function checkImport(bytes: Uint8Array): void {
  cases++;
  const result = readAssessmentBytes(bytes, checklists);
  if (!result.ok) refusals++;
  else if (result.value.dropped.length > 0) partial++;
  if (result.ok) {
    const kept = result.value.assessment;
    check(
      AssessmentSchema.safeParse(kept).success,
      () => `kept an invalid assessment ${JSON.stringify(kept)}`,
    );
    result.value.dropped.forEach(checkProblem);
    check(
      wholeAssessment(result).ok === (result.value.dropped.length === 0),
      () => "wholeAssessment disagrees",
    );
  } else {
    check(result.problems.length > 0, () => "refused without a problem");
    result.problems.forEach(checkProblem);
  }
}

// 10,000 cases in all; seeded through fast-check's own seed, printed on failure for a rerun.
const RUNS = { mutated: 6000, damaged: 1500, random: 1000, other: 1000, mixed: 500 };
const TOTAL = Object.values(RUNS).reduce((sum, runs) => sum + runs, 0);
const FUZZ = { timeout: 120_000 };

describe("the import under fuzzing", FUZZ, () => {
  beforeAll(() => {
    started = performance.now();
  });

  it("every problem code has a message in fi, sv and en", () => {
    for (const language of LANGUAGES) {
      for (const code of PROBLEM_CODES) {
        expect(typeof common[language].problem[code], `${language} ${code}`).toBe("string");
      }
    }
  });

  it.each([
    ["mutated files", mutatedFile, RUNS.mutated],
    ["damaged and truncated text", damagedText, RUNS.damaged],
    ["random bytes", randomBytes, RUNS.random],
    ["JSON of other kinds", otherJson, RUNS.other],
    ["a mix of all", anyFileBytes, RUNS.mixed],
  ] as const)("%s", (_, arbitrary, numRuns) => {
    fc.assert(fc.property(arbitrary, checkImport), { numRuns });
  });

  it("a file with 200,000 answers: refused by size as bytes, and read entry by entry when parsed", () => {
    const answers = Object.fromEntries(
      Array.from({ length: 200_000 }, (_, i) => [`item-${i}`, { kind: "dontKnow" }]),
    );
    const file = { ...VALID_FILE, answers };
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const refused = readAssessmentBytes(bytes, checklists);
    expect(refused.ok || refused.problems).toEqual([expect.objectContaining({ code: "tooLarge" })]);
    const read = importAssessment(file, checklists);
    expect(read.ok && read.value.dropped.length).toBe(200_000);
    expect(read.ok && read.value.assessment.answers).toEqual({});
  });

  it("nesting 100,000 deep in an answer is one dropped entry, not a stack overflow", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const text = JSON.stringify({ ...VALID_FILE, answers: { "association-evenings-twice-a-year": 0 } });
    const bytes = new TextEncoder().encode(
      text.replace('"association-evenings-twice-a-year":0', `"association-evenings-twice-a-year":${deep}`),
    );
    const result = readAssessmentBytes(bytes, checklists);
    expect(result.ok && result.value.dropped).toEqual([expect.objectContaining({ code: "wrongType" })]);
  });

  it(`ran ${TOTAL} generated files`, () => {
    const seconds = (performance.now() - started) / 1000;
    // For the record (see npm run bench for a steadier figure): how many, how fast, and what became of them.
    process.stderr.write(
      `fuzz: ${cases} cases in ${seconds.toFixed(1)} s (${Math.round(cases / seconds)}/s): ` +
        `${refusals} refused, ${partial} read in part, ${cases - refusals - partial} read whole\n`,
    );
    expect(cases).toBe(TOTAL);
    // Each kind of outcome was reached, so the generators are not all stopped at the first check.
    expect(refusals).toBeGreaterThan(0);
    expect(partial).toBeGreaterThan(0);
    expect(cases - refusals - partial).toBeGreaterThan(0);
  });
});
