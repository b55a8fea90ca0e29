import { bundledRegistry } from "../../../tests/bundled-checklists";
import type { Answer, Assessment, RespondentRole } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import type { Level } from "../../domain/level";
import type { Workshop } from "../../domain/workshop";

export const [checklist] = bundledRegistry.checklists as [Checklist];

interface MemberSpec {
  id: string;
  municipality: string;
  code?: string;
  /** Every item of the n-th theme answered at this level; null leaves the theme unanswered. */
  themeLevels: readonly (Level | null)[];
  role?: RespondentRole;
  year?: number;
  /** Answers put over the theme levels, by item id. */
  answers?: Record<string, Answer>;
}

/** An assessment whose theme scores are plain to compute by hand: all of a theme's items at one level. */
export function member(spec: MemberSpec): Assessment {
  const answers: Record<string, Answer> = {};
  checklist.themes.forEach((theme, index) => {
    const level = spec.themeLevels[index];
    if (level === null || level === undefined) return;
    for (const item of theme.items) answers[item.id] = { kind: "level", level };
  });
  return {
    id: spec.id,
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: {
      municipality: spec.municipality,
      ...(spec.code ? { municipalityCode: spec.code } : {}),
      year: spec.year ?? 2026,
      respondentRole: spec.role ?? "municipality",
      date: "2026-11-01",
    },
    answers: { ...answers, ...spec.answers },
    targets: {},
    actions: [],
    calendar: [],
  };
}

export function workshopOf(members: readonly Assessment[], name = "Varsinais-Suomi 2026"): Workshop {
  return {
    id: "workshop-0001",
    name,
    createdAt: "2026-11-02T10:00:00.000Z",
    updatedAt: "2026-11-02T10:00:00.000Z",
    members: members.map((assessment) => ({
      fileName: `${assessment.id}.json`,
      addedAt: "2026-11-02T10:00:00.000Z",
      assessment,
    })),
  };
}

/** Three in Varsinais-Suomi and one in Pirkanmaa; theme scores 100/0/33, 33/33/33, 67/67/67 and 0/0/0. */
export const turku = member({
  id: "turku-2026-0001",
  municipality: "Turku",
  code: "853",
  themeLevels: [3, 0, 1],
});
export const koski = member({
  id: "koski-2026-0001",
  municipality: "Koski Tl",
  code: "284",
  themeLevels: [1, 1, 1],
});
export const lieto = member({
  id: "lieto-2026-0001",
  municipality: "Lieto",
  code: "423",
  themeLevels: [2, 2, 2],
});
export const tampere = member({
  id: "tampere-2026-001",
  municipality: "Tampere",
  code: "837",
  themeLevels: [0, 0, 0],
});
