import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { readAssessmentBytes } from "./assessment-file";
import {
  ASSESSMENT_FILE_VERSION,
  FILE_FORMAT_LADDER,
  type Ladder,
  ladderProblems,
  migrate,
  PERSISTED_STATE_VERSION,
  STORED_STATE_LADDER,
} from "./migrations";
import { restorePersistedState } from "./persisted-state";
import { DEFAULT_CALENDAR } from "./plan";

const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/migrations");
const checklists = bundledRegistry.checklists;
const fixedId = { newId: () => "fixture-assessment-id" };

/** One fixture per version each artefact has ever had: a version without one fails here. */
const ARTEFACTS = [
  { name: "assessment-file", current: ASSESSMENT_FILE_VERSION },
  { name: "stored-state", current: PERSISTED_STATE_VERSION },
] as const;

function fixturePath(artefact: string, version: number): string {
  return path.join(FIXTURES, `${artefact}-v${version}.json`);
}

function fixture(artefact: string, version: number): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(artefact, version), "utf8"));
}

function bytes(artefact: string, version: number): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(artefact, version)));
}

/** What a fixture holds, as the current version has it: the assessment's own fields. */
function expectedContents(source: Record<string, unknown>) {
  const hasPlan = "actions" in source;
  return {
    answers: source.answers,
    targets: hasPlan ? source.targets : {},
    actions: hasPlan ? source.actions : [],
    calendar: hasPlan ? source.calendar : DEFAULT_CALENDAR,
    meta: source.meta,
    checklist: source.checklist,
    updatedAt: source.updatedAt,
  };
}

describe("migration ladders", () => {
  it.each([FILE_FORMAT_LADDER, STORED_STATE_LADDER])("$artefact runs 1, 2, … without gaps", (ladder) => {
    expect(ladderProblems(ladder)).toEqual([]);
  });

  it("names a missing step and a stray one", () => {
    const broken: Ladder = { ...FILE_FORMAT_LADDER, current: 4, steps: { 1: (d) => d, 5: (d) => d } };
    expect(ladderProblems(broken)).toEqual([
      "assessment file: no step 2 → 3",
      "assessment file: no step 3 → 4",
      "assessment file: step 5 is outside 1…3",
    ]);
  });

  it.each([
    [ASSESSMENT_FILE_VERSION + 1, "unknownVersion"],
    [0, "unknownVersion"],
    [1.5, "wrongType"],
    ["2", "wrongType"],
    [undefined, "missing"],
  ])("refuses version %j (%s) instead of guessing", (version, code) => {
    const result = migrate(FILE_FORMAT_LADDER, {}, version);
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: "formatVersion", code })],
    });
  });

  it("runs every step once, each pure: same input and context, same output, input untouched", () => {
    const source = Object.freeze(fixture("assessment-file", 1));
    const newId = vi.fn(() => "fixture-assessment-id");
    const first = migrate(FILE_FORMAT_LADDER, source, 1, { newId });
    const second = migrate(FILE_FORMAT_LADDER, source, 1, { newId });
    expect(first).toEqual(second);
    expect(first.ok && first.value.formatVersion).toBe(ASSESSMENT_FILE_VERSION);
    // Step 2 → 3 is the one that makes an id: once per run.
    expect(newId).toHaveBeenCalledTimes(2);
    expect(source).toEqual(fixture("assessment-file", 1));
  });
});

describe("fixtures of every version", () => {
  for (const { name, current } of ARTEFACTS) {
    it(`has a fixture for each ${name} version 1…${current}`, () => {
      const missing = Array.from({ length: current }, (_, i) => i + 1).filter(
        (version) => !existsSync(fixturePath(name, version)),
      );
      expect(missing).toEqual([]);
    });
  }

  it.each(Array.from({ length: ASSESSMENT_FILE_VERSION }, (_, i) => i + 1))(
    "imports assessment file version %i with every answer, target, action and event",
    (version) => {
      const source = fixture("assessment-file", version);
      const result = readAssessmentBytes(bytes("assessment-file", version), checklists, fixedId);
      expect(result.ok && result.value.dropped).toEqual([]);
      if (!result.ok) return;
      expect(result.value.assessment).toMatchObject(expectedContents(source));
      expect(result.value.assessment.id).toBe(source.id ?? "fixture-assessment-id");
      expect(result.value.assessment.createdAt).toBe(source.createdAt ?? source.updatedAt);
    },
  );

  it.each(Array.from({ length: PERSISTED_STATE_VERSION }, (_, i) => i + 1))(
    "restores stored state version %i, and imports it as a backup file, keeping everything",
    (version) => {
      const source = fixture("stored-state", version);
      const state = source.state as { assessment: Record<string, unknown>; language: string };
      const restored = restorePersistedState(JSON.stringify(source), fixedId);
      expect(restored.ok).toBe(true);
      if (!restored.ok) return;
      expect(restored.value.language).toBe(state.language);
      expect(restored.value.assessment).toMatchObject(expectedContents(state.assessment));

      const imported = readAssessmentBytes(bytes("stored-state", version), checklists, fixedId);
      expect(imported.ok && imported.value.dropped).toEqual([]);
      expect(imported.ok && imported.value.assessment).toEqual(restored.value.assessment);
    },
  );
});
