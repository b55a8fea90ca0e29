import { buildChecklist, PIENI_KUNTA } from "../../../tests/fixtures/build-checklist";
import type { Answer, Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";

const THEME_TITLES: Record<string, Checklist["title"]> = {
  yhteistyo: { fi: "Yhteistyörakenteet", sv: "Samarbetsstrukturer", en: "Cooperation structures" },
  tuki: { fi: "Tukikeinot", sv: "Stödformer", en: "Support measures" },
  tilat: { fi: "Tilat ja avustukset", sv: "Lokaler och bidrag", en: "Premises and grants" },
};

/**
 * Test-only: the pieni-kunta checklist (a1–a4 weights 3,1,2,1; b1–b2 2,2; c1–c2 1,3) with texts that differ
 * by language, so tests can tell Finnish from Swedish.
 */
const base = buildChecklist(PIENI_KUNTA, "pieni-kunta");
export const RESULTS_CHECKLIST: Checklist = {
  ...base,
  themes: base.themes.map((theme) => ({
    ...theme,
    title: THEME_TITLES[theme.id] ?? theme.title,
    items: theme.items.map((item) => ({
      ...item,
      text: { fi: `Kohta ${item.id}`, sv: `Punkt ${item.id}`, en: `Item ${item.id}` },
      suggestion: { fi: `Kehitä ${item.id}`, sv: `Utveckla ${item.id}`, en: `Develop ${item.id}` },
    })),
  })),
};

export function assessmentWith(answers: Record<string, Answer>): Assessment {
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: RESULTS_CHECKLIST.id, version: RESULTS_CHECKLIST.version },
    meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    answers,
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}

/**
 * tests/fixtures/assessments/koski-tl.json. By hand: cooperation (3·1 + 1·⅓)/4 = 83.3, a3 N/A, a4 don't know
 * → 2 of 3 answered; support (2·⅔ + 2·0)/4 = 33.3; premises (1·⅔ + 3·⅓)/4 = 41.7;
 * overall (83.3 + 33.3 + 41.7)/3 = 52.8, 6 of 7 applicable answered (86 %).
 */
export const KOSKI_ANSWERS = {
  a1: { kind: "level", level: 3, note: "Yhdistysillat keväällä ja syksyllä." },
  a2: { kind: "level", level: 1 },
  a3: { kind: "notApplicable", reason: "Kunta on niin pieni, että kaikki tuntevat toisensa." },
  a4: { kind: "dontKnow" },
  b1: { kind: "level", level: 2 },
  b2: { kind: "level", level: 0 },
  c1: { kind: "level", level: 2 },
  c2: { kind: "level", level: 1 },
} satisfies Record<string, Answer>;

/**
 * tests/fixtures/assessments/pieni-kunta.json. Cooperation 66.7 from 1 of 4 answered (25 %, provisional);
 * support 100; premises 0 (c2 N/A); overall (66.7 + 100 + 0)/3 = 55.6, provisional through cooperation.
 */
export const PIENI_KUNTA_ANSWERS: Record<string, Answer> = {
  a1: { kind: "level", level: 2 },
  b1: { kind: "level", level: 3 },
  b2: { kind: "level", level: 3 },
  c1: { kind: "level", level: 0 },
  c2: { kind: "notApplicable", reason: "Ei omia tiloja." },
};
