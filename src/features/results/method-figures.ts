import type { Answer } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { bandFor, bandRanges, type MaturityBand, scoreAssessment } from "../../domain/scoring";

export const EXAMPLE_ITEMS = [
  { id: "evenings", weight: 3, answer: { kind: "level", level: 3 } },
  { id: "calendar", weight: 1, answer: { kind: "level", level: 1 } },
  { id: "house", weight: 2, answer: { kind: "notApplicable", reason: "no premises" } },
] as const satisfies readonly { id: string; weight: number; answer: Answer }[];

export type ExampleItemId = (typeof EXAMPLE_ITEMS)[number]["id"];

const PLACEHOLDER = { fi: "-", sv: "-", en: "-" };

const SEED = "002_9274484d39675f21.txt";

/** The smallest valid checklist holding the given themes, so the method page runs the real scoring. */
function exampleChecklist(
  themes: readonly { id: string; items: readonly { id: string; weight: number }[] }[],
) {
  return {
    id: "method-example",
    version: "1.0.0",
    title: PLACEHOLDER,
    description: PLACEHOLDER,
    sources: [{ seed: SEED, title: PLACEHOLDER, publisher: PLACEHOLDER }],
    themes: themes.map((theme) => ({
      id: theme.id,
      title: PLACEHOLDER,
      description: PLACEHOLDER,
      items: theme.items.map(({ id, weight }) => ({
        id,
        weight,
        text: PLACEHOLDER,
        help: PLACEHOLDER,
        suggestion: PLACEHOLDER,
        sources: [SEED],
      })),
    })),
  } satisfies Checklist;
}

export interface ExampleRow {
  id: ExampleItemId;
  weight: number;
  answer: Answer;
  /** Rounded points, null for the item that does not apply. */
  points: number | null;
}

export interface WorkedExample {
  rows: ExampleRow[];
  /** e.g. "(3 × 100 + 1 × 33) / (3 + 1)", built from the rows' numbers. */
  formula: string;
  /** Unrounded theme score from scoreAssessment. */
  score: number;
}

export function workedExample(): WorkedExample {
  const answers = Object.fromEntries(EXAMPLE_ITEMS.map((item) => [item.id, item.answer]));
  const theme = scoreAssessment(exampleChecklist([{ id: "example", items: EXAMPLE_ITEMS }]), answers)
    .themes[0];
  const rows = EXAMPLE_ITEMS.map((item): ExampleRow => {
    const score = theme?.items.find((itemScore) => itemScore.itemId === item.id)?.score ?? null;
    return { ...item, points: score === null ? null : Math.round(score * 100) };
  });
  const scored = rows.filter((row) => row.points !== null);
  const numerator = scored.map((row) => `${row.weight} × ${row.points}`).join(" + ");
  const denominator = scored.map((row) => row.weight).join(" + ");
  return { rows, formula: `(${numerator}) / (${denominator})`, score: theme?.score ?? 0 };
}

export interface OverallExample {
  /** The two themes' scores, unrounded; the third theme has nothing that applies. */
  first: number;
  second: number;
  /** The overall score, from scoreAssessment. */
  score: number;
}

/**
 * Three themes, the third wholly not applicable: the overall score is the mean of the other two, (100 + 50) / 2,
 * whole numbers so the sentence adds up as printed.
 */
export function overallExample(): OverallExample {
  const checklist = exampleChecklist([
    { id: "first", items: [{ id: "first-a", weight: 1 }] },
    {
      id: "second",
      items: [
        { id: "second-a", weight: 1 },
        { id: "second-b", weight: 1 },
      ],
    },
    { id: "third", items: [{ id: "third-a", weight: 1 }] },
  ]);
  const answers: Record<string, Answer> = {
    "first-a": { kind: "level", level: 3 },
    "second-a": { kind: "level", level: 1 },
    "second-b": { kind: "level", level: 2 },
    "third-a": { kind: "notApplicable", reason: "no premises" },
  };
  const { overall, themes } = scoreAssessment(checklist, answers);
  return { first: themes[0]?.score ?? 0, second: themes[1]?.score ?? 0, score: overall.score ?? 0 };
}

export interface RoundingExample {
  exact: number;
  shown: number;
  band: MaturityBand;
}

/** A score just under the top band's lower limit, which the whole number shown puts in the top band. */
export function roundingExample(): RoundingExample {
  const top = bandRanges().at(-1);
  const exact = (top?.from ?? 75) - 0.4;
  return { exact, shown: Math.round(exact), band: bandFor(exact) };
}
