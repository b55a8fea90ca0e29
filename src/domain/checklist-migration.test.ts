import { describe, expect, it } from "vitest";
import { PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2 } from "../../tests/fixtures/checklist-versions";
import { type Assessment, AssessmentSchema, createAssessment } from "./assessment";
import { importAssessment, toAssessmentFile } from "./assessment-file";
import { checklistRef } from "./checklist-lookup";
import {
  acceptMigration,
  mergedAnswer,
  migrateAnswers,
  migrationPath,
  migrationSummary,
} from "./checklist-migration";
import { parseWith } from "./problems";

const VERSIONS = [PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2];

/** Answered on 1.0.0: every kind of answer, notes on two, targets on four, actions on a1, a4, b2 and none. */
function oldAssessment(): Assessment {
  return {
    ...createAssessment(checklistRef(PIENI_KUNTA_1_0), new Date("2026-03-01T10:00:00Z"), "vanha-arvio-1"),
    answers: {
      a1: { kind: "level", level: 2, note: "n1" },
      a2: { kind: "level", level: 3 },
      a3: { kind: "level", level: 1, note: "n3" },
      a4: { kind: "level", level: 0 },
      b1: { kind: "dontKnow" },
      b2: { kind: "level", level: 3 },
      c1: { kind: "notApplicable", reason: "ei tiloja" },
      c2: { kind: "level", level: 2 },
    },
    targets: { a1: 3, a2: 2, a3: 3, b2: 3 },
    actions: [
      { id: "x1", what: "Nimetään yhdyshenkilö", responsible: "hyte", status: "planned", itemId: "a1" },
      { id: "x2", what: "Poistuva", responsible: "", status: "underway", itemId: "a4" },
      { id: "x3", what: "Tuki", responsible: "", status: "done", itemId: "b2" },
      { id: "x4", what: "Yleinen", responsible: "", status: "planned" },
    ],
  };
}

describe("mergedAnswer", () => {
  it("takes the lowest level and joins the notes", () => {
    expect(
      mergedAnswer([
        { kind: "level", level: 3, note: "a" },
        { kind: "dontKnow" },
        { kind: "level", level: 1, note: "b" },
      ]),
    ).toEqual({ kind: "level", level: 1, note: "a\nb" });
  });

  it("is not applicable only when every part was, with the reasons joined", () => {
    expect(
      mergedAnswer([
        { kind: "notApplicable", reason: "r1" },
        { kind: "notApplicable", reason: "r2" },
      ]),
    ).toEqual({ kind: "notApplicable", reason: "r1; r2" });
    expect(mergedAnswer([{ kind: "notApplicable", reason: "r1" }, { kind: "dontKnow" }])).toEqual({
      kind: "dontKnow",
    });
  });

  it("has nothing to propose from nothing", () => {
    expect(mergedAnswer([])).toBeUndefined();
  });
});

describe("migrationPath", () => {
  it("steps through every version in between, oldest first", () => {
    expect(migrationPath(PIENI_KUNTA_1_0, PIENI_KUNTA_1_2, VERSIONS)).toEqual([
      PIENI_KUNTA_1_1,
      PIENI_KUNTA_1_2,
    ]);
    expect(migrationPath(PIENI_KUNTA_1_1, PIENI_KUNTA_1_2, VERSIONS)).toEqual([PIENI_KUNTA_1_2]);
  });

  it("has no path backwards, to itself, or across a missing version", () => {
    expect(migrationPath(PIENI_KUNTA_1_2, PIENI_KUNTA_1_0, VERSIONS)).toBeNull();
    expect(migrationPath(PIENI_KUNTA_1_1, PIENI_KUNTA_1_1, VERSIONS)).toBeNull();
    expect(migrationPath(PIENI_KUNTA_1_0, PIENI_KUNTA_1_2, [PIENI_KUNTA_1_0, PIENI_KUNTA_1_2])).toBeNull();
  });
});

describe("migrateAnswers, one version (1.0.0 to 1.1.0)", () => {
  const migration = migrateAnswers(oldAssessment(), [PIENI_KUNTA_1_1]);

  it("carries kept and reworded answers over as they were", () => {
    expect(migration.answers.b1).toEqual({ kind: "dontKnow" });
    expect(migration.answers.b2).toEqual({ kind: "level", level: 3 });
    expect(migration.answers.c1).toEqual({ kind: "notApplicable", reason: "ei tiloja" });
    for (const id of ["b1", "b2", "c1"]) expect(migration.review[id]).toBeUndefined();
  });

  it("gives each part of a split item the old answer and target, marked to check", () => {
    expect(migration.answers.a1a).toEqual({ kind: "level", level: 2, note: "n1" });
    expect(migration.answers.a1b).toEqual({ kind: "level", level: 2, note: "n1" });
    expect(migration.review.a1a).toEqual({ change: "split", from: ["a1"] });
    expect(migration.review.a1b).toEqual({ change: "split", from: ["a1"] });
    expect(migration.targets.a1a).toBe(3);
    expect(migration.targets.a1b).toBe(3);
  });

  it("gives a merged item the lowest old level (min 3, 1 = 1) and the highest target, marked to check", () => {
    expect(migration.answers.a23).toEqual({ kind: "level", level: 1, note: "n3" });
    expect(migration.review.a23).toEqual({ change: "merged", from: ["a2", "a3"] });
    expect(migration.targets.a23).toBe(3);
  });

  it("keeps a changed question's answer as a proposal to check", () => {
    expect(migration.answers.c2).toEqual({ kind: "level", level: 2 });
    expect(migration.review.c2).toEqual({ change: "changedMeaning", from: ["c2"] });
  });

  it("keeps every retired item's answer in the history, with the version that retired it", () => {
    expect(migration.retiredAnswers).toEqual({
      a1: { answer: { kind: "level", level: 2, note: "n1" }, retiredIn: "1.1.0" },
      a2: { answer: { kind: "level", level: 3 }, retiredIn: "1.1.0" },
      a3: { answer: { kind: "level", level: 1, note: "n3" }, retiredIn: "1.1.0" },
      a4: { answer: { kind: "level", level: 0 }, retiredIn: "1.1.0" },
    });
    expect(Object.keys(migration.answers).sort()).toEqual(["a1a", "a1b", "a23", "b1", "b2", "c1", "c2"]);
    expect(Object.keys(migration.targets).sort()).toEqual(["a1a", "a1b", "a23", "b2"]);
  });

  it("moves actions to the item that took their item's place, and unlinks a removed item's", () => {
    expect(migration.actions.map((action) => [action.id, action.itemId])).toEqual([
      ["x1", "a1a"],
      ["x2", undefined],
      ["x3", "b2"],
      ["x4", undefined],
    ]);
    expect(migration.actions[1]).not.toHaveProperty("itemId");
    expect(migration.actions[1]?.what).toBe("Poistuva");
  });

  it("sums up what carried over, what to check, what is history and what is unanswered", () => {
    expect(migrationSummary(migration, PIENI_KUNTA_1_1)).toEqual({
      carried: ["b1", "b2", "c1"],
      toCheck: ["a1a", "a1b", "a23", "c2"],
      retired: ["a1", "a2", "a3", "a4"],
      unanswered: ["d1"],
    });
  });

  it("changes nothing in the assessment it reads", () => {
    const assessment = oldAssessment();
    migrateAnswers(assessment, [PIENI_KUNTA_1_1]);
    expect(assessment).toEqual(oldAssessment());
  });

  it("keeps an answer to an id neither version knows as history", () => {
    const assessment = { ...oldAssessment(), answers: { zz: { kind: "level" as const, level: 1 as const } } };
    expect(migrateAnswers(assessment, [PIENI_KUNTA_1_1]).retiredAnswers).toEqual({
      zz: { answer: { kind: "level", level: 1 }, retiredIn: "1.1.0" },
    });
  });

  it("proposes nothing for an item whose old parts were all unanswered", () => {
    const assessment = { ...oldAssessment(), answers: { b2: { kind: "level" as const, level: 1 as const } } };
    const partial = migrateAnswers(assessment, [PIENI_KUNTA_1_1]);
    expect(partial.answers).toEqual({ b2: { kind: "level", level: 1 } });
    expect(partial.review).toEqual({});
  });
});

describe("migrateAnswers, two versions (1.0.0 to 1.2.0)", () => {
  const migration = migrateAnswers(oldAssessment(), [PIENI_KUNTA_1_1, PIENI_KUNTA_1_2]);

  it("merges the second step from the first step's proposals: min(2, 1) = 1, the notes of both", () => {
    expect(migration.answers["a-all"]).toEqual({ kind: "level", level: 1, note: "n1\nn3" });
    expect(migration.review["a-all"]).toEqual({ change: "merged", from: ["a1b", "a23"] });
    expect(migration.targets["a-all"]).toBe(3);
  });

  it("keeps the first step's marks that were not checked", () => {
    expect(migration.review.a1a).toEqual({ change: "split", from: ["a1"] });
    expect(migration.review.c2).toEqual({ change: "changedMeaning", from: ["c2"] });
  });

  it("keeps the answers retired in either step, each with its own version", () => {
    expect(Object.keys(migration.retiredAnswers).sort()).toEqual(["a1", "a1b", "a2", "a23", "a3", "a4"]);
    expect(migration.retiredAnswers.a23).toEqual({
      answer: { kind: "level", level: 1, note: "n3" },
      retiredIn: "1.2.0",
    });
    expect(migration.retiredAnswers.a4?.retiredIn).toBe("1.1.0");
  });
});

describe("acceptMigration", () => {
  it("moves the assessment to the new version with its marks and history, valid as an assessment", () => {
    const assessment = oldAssessment();
    const migration = migrateAnswers(assessment, [PIENI_KUNTA_1_1]);
    const accepted = acceptMigration(
      assessment,
      migration,
      PIENI_KUNTA_1_1,
      new Date("2026-04-01T08:00:00Z"),
    );
    expect(accepted.checklist).toEqual({ id: "pieni-kunta", version: "1.1.0" });
    expect(accepted.answers).toEqual(migration.answers);
    expect(accepted.review).toEqual(migration.review);
    expect(accepted.retiredAnswers).toEqual(migration.retiredAnswers);
    expect(accepted.updatedAt).toBe("2026-04-01T08:00:00.000Z");
    expect(accepted.meta).toEqual(assessment.meta);
    expect(parseWith(AssessmentSchema, accepted).ok).toBe(true);
  });

  it("adds to the history an earlier migration left", () => {
    const first = migrateAnswers(oldAssessment(), [PIENI_KUNTA_1_1]);
    const onNext = acceptMigration(oldAssessment(), first, PIENI_KUNTA_1_1, new Date("2026-04-01T08:00:00Z"));
    const second = migrateAnswers(onNext, [PIENI_KUNTA_1_2]);
    const onLast = acceptMigration(onNext, second, PIENI_KUNTA_1_2, new Date("2026-05-01T08:00:00Z"));
    expect(Object.keys(onLast.retiredAnswers ?? {}).sort()).toEqual(["a1", "a1b", "a2", "a23", "a3", "a4"]);
    expect(onLast.review?.a1a).toEqual({ change: "split", from: ["a1"] });
  });
});

describe("an accepted migration in a file", () => {
  it("travels in the exported file and back, and a file never migrated has neither field", () => {
    const assessment = oldAssessment();
    const accepted = acceptMigration(
      assessment,
      migrateAnswers(assessment, [PIENI_KUNTA_1_1]),
      PIENI_KUNTA_1_1,
      new Date("2026-04-01T08:00:00Z"),
    );
    const file = toAssessmentFile(accepted);
    const read = importAssessment(JSON.parse(JSON.stringify(file)), VERSIONS);
    expect(read.ok && read.value.assessment).toEqual(accepted);
    expect(read.ok && read.value.dropped).toEqual([]);
    const plain = toAssessmentFile(assessment);
    expect(plain).not.toHaveProperty("review");
    expect(plain).not.toHaveProperty("retiredAnswers");
  });

  it("refuses a file whose history is not an answer, naming the field", () => {
    const accepted = acceptMigration(
      oldAssessment(),
      migrateAnswers(oldAssessment(), [PIENI_KUNTA_1_1]),
      PIENI_KUNTA_1_1,
      new Date("2026-04-01T08:00:00Z"),
    );
    const file = {
      ...toAssessmentFile(accepted),
      retiredAnswers: { a1: { answer: { kind: "level", level: 7 } } },
    };
    const read = importAssessment(file, VERSIONS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.path).toMatch(/^retiredAnswers\.a1/);
  });
});
