import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import type { Answer } from "./assessment";
import { checklistProgress, themeProgress } from "./progress";

const checklist = buildChecklist(PIENI_KUNTA);

describe("progress", () => {
  it("counts levels, don't know and not applicable as answered", () => {
    const answers: Record<string, Answer> = {
      a1: { kind: "level", level: 0 },
      a2: { kind: "dontKnow" },
      a3: { kind: "notApplicable", reason: "Pieni kunta" },
      c2: { kind: "level", level: 3 },
    };
    const [cooperation, support, premises] = checklist.themes;
    expect(cooperation && themeProgress(cooperation, answers)).toEqual({ answered: 3, total: 4 });
    expect(support && themeProgress(support, answers)).toEqual({ answered: 0, total: 2 });
    expect(premises && themeProgress(premises, answers)).toEqual({ answered: 1, total: 2 });
    expect(checklistProgress(checklist, answers)).toEqual({ answered: 4, total: 8 });
  });

  it("ignores answers to items the checklist does not have", () => {
    expect(checklistProgress(checklist, { gone: { kind: "dontKnow" } })).toEqual({ answered: 0, total: 8 });
  });
});
