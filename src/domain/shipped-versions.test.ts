import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { type Answer, createAssessment, type Level } from "./assessment";
import type { Checklist } from "./checklist";
import { allItems, checklistRef } from "./checklist-lookup";
import { migrateAnswers } from "./checklist-migration";
import { previousVersion, versionProblemsIn } from "./version-problems";

const checklists = bundledRegistry.checklists;
/** Every shipped version that declares its changes from the one before it. */
const steps = checklists.flatMap((next) => {
  const previous = previousVersion(checklists, next);
  return previous ? [[previous, next] as const] : [];
});

/** Every item of `checklist` answered, levels 0–3 in turn, so a merge has different levels to choose from. */
function answerEverything(checklist: Checklist): Record<string, Answer> {
  return Object.fromEntries(
    allItems(checklist).map((item, index) => [
      item.id,
      { kind: "level", level: (index % 4) as Level, note: `muistiinpano ${item.id}` },
    ]),
  );
}

describe("the shipped checklist versions", () => {
  it("include at least one version declaring its changes", () => {
    expect(steps.map(([previous, next]) => `${previous.version} → ${next.version}`)).toContain(
      "1.0.0 → 1.1.0",
    );
  });

  for (const [previous, next] of steps) {
    describe(`${next.id} ${previous.version} → ${next.version}`, () => {
      const old = answerEverything(previous);
      const assessment = { ...createAssessment(checklistRef(previous), new Date()), answers: old };
      const migration = migrateAnswers(assessment, [next]);

      it("declares every change against the version before it", () => {
        expect(versionProblemsIn(checklists, next)).toEqual([]);
      });

      it("exercises every declaration: each old answer is carried, proposed or kept as history", () => {
        for (const change of next.changes?.items ?? []) {
          switch (change.change) {
            case "reworded":
              expect(migration.answers[change.item]).toEqual(old[change.item]);
              expect(migration.review[change.item]).toBeUndefined();
              break;
            case "changedMeaning":
              expect(migration.answers[change.item]).toEqual(old[change.item]);
              expect(migration.review[change.item]).toEqual({
                change: "changedMeaning",
                from: [change.item],
              });
              break;
            case "split":
              for (const id of change.into) {
                expect(migration.answers[id]).toEqual(old[change.from]);
                expect(migration.review[id]).toEqual({ change: "split", from: [change.from] });
              }
              expect(migration.retiredAnswers[change.from]?.answer).toEqual(old[change.from]);
              break;
            case "merged": {
              const levels = change.from.map((id) => (old[id]?.kind === "level" ? old[id].level : 3));
              expect(migration.answers[change.into]).toMatchObject({
                kind: "level",
                level: Math.min(...levels),
              });
              expect(migration.review[change.into]).toEqual({ change: "merged", from: change.from });
              break;
            }
            case "removed":
              expect(migration.retiredAnswers[change.item]).toEqual({
                answer: old[change.item],
                retiredIn: next.version,
              });
              break;
            case "added":
              expect(migration.answers[change.item]).toBeUndefined();
              break;
          }
        }
        const present = new Set(allItems(next).map((item) => item.id));
        for (const id of Object.keys(old)) {
          expect(present.has(id) || Object.hasOwn(migration.retiredAnswers, id), id).toBe(true);
        }
      });
    });
  }
});
