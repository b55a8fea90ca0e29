import { describe, expect, it } from "vitest";
import { PERSISTED_STATE_VERSION, restorePersistedState } from "./persisted-state";
import { DEFAULT_CALENDAR } from "./plan";

const assessmentV1 = {
  checklist: { id: "jarjestoystavallinen-kunta", version: "1.0.0" },
  meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
  answers: { "association-evenings": { kind: "level", level: 3 } },
  updatedAt: "2026-11-23T10:00:00.000Z",
};

const assessmentV2 = {
  ...assessmentV1,
  targets: { "association-evenings": 3 },
  actions: [
    { id: "action-1", what: "Kevään yhdistysilta", responsible: "hyte-koordinaattori", status: "planned" },
  ],
  calendar: [{ id: "spring", template: "springAssociationEvening", title: "", month: 4 }],
};

const assessment = {
  id: "a1b2c3d4-0000-4000-8000-000000000001",
  createdAt: assessmentV1.updatedAt,
  ...assessmentV2,
};
const anId = expect.stringMatching(/^[0-9a-f-]{36}$/);

describe("restorePersistedState", () => {
  it("restores the current version as it was saved", () => {
    const raw = JSON.stringify({ state: { assessment, language: "sv" }, version: PERSISTED_STATE_VERSION });
    expect(restorePersistedState(raw)).toEqual({ ok: true, value: { assessment, language: "sv" } });
  });

  it("lifts a version 1 save: answers kept, an empty plan and the seeds' annual clock added", () => {
    const raw = JSON.stringify({ state: { assessment: assessmentV1, language: "fi" }, version: 1 });
    expect(restorePersistedState(raw)).toEqual({
      ok: true,
      value: {
        assessment: {
          ...assessmentV1,
          id: anId,
          createdAt: assessmentV1.updatedAt,
          targets: {},
          actions: [],
          calendar: DEFAULT_CALENDAR,
        },
        language: "fi",
      },
    });
  });

  it("lifts a version 1 save without an assessment", () => {
    const raw = JSON.stringify({ state: { assessment: null, language: "sv" }, version: 1 });
    expect(restorePersistedState(raw)).toEqual({ ok: true, value: { assessment: null, language: "sv" } });
  });

  it("reports text that is not JSON instead of throwing", () => {
    const result = restorePersistedState("{not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.code).toBe("invalidJson");
  });

  it("refuses a newer version rather than guessing its shape", () => {
    const raw = JSON.stringify({
      state: { assessment, language: "fi" },
      version: PERSISTED_STATE_VERSION + 1,
    });
    expect(restorePersistedState(raw)).toEqual({
      ok: false,
      problems: [{ path: "version", code: "unknownVersion", detail: String(PERSISTED_STATE_VERSION + 1) }],
    });
  });

  it("refuses a version older than any migration knows", () => {
    const raw = JSON.stringify({ state: { assessment, language: "fi" }, version: 0 });
    const result = restorePersistedState(raw);
    expect(result.ok).toBe(false);
  });

  it("names the path of a damaged answer", () => {
    const damaged = { ...assessment, answers: { x: { kind: "level", level: 7 } } };
    const result = restorePersistedState(
      JSON.stringify({ state: { assessment: damaged, language: "fi" }, version: 1 }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain("assessment.answers.x.level");
  });
});
