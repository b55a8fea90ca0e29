import type { Answer } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { scoreAssessment } from "../../domain/scoring";

export const EXAMPLE_ITEMS = [
  { id: "evenings", weight: 3, answer: { kind: "level", level: 3 } },
  { id: "calendar", weight: 1, answer: { kind: "level", level: 1 } },
  { id: "house", weight: 2, answer: { kind: "notApplicable", reason: "no premises" } },
] as const satisfies readonly { id: string; weight: number; answer: Answer }[];

export type ExampleItemId = (typeof EXAMPLE_ITEMS)[number]["id"];

const PLACEHOLDER = { fi: "-", sv: "-", en: "-" };

/** The smallest valid checklist holding the example, so the method page runs the real scoring. */
function exampleChecklist(): Checklist {
  const seed = "002_9274484d39675f21.txt";
  return {
    id: "method-example",
    version: "1.0.0",
    title: PLACEHOLDER,
    description: PLACEHOLDER,
    sources: [{ seed, title: PLACEHOLDER, publisher: PLACEHOLDER }],
    themes: [
      {
        id: "example",
        title: PLACEHOLDER,
        description: PLACEHOLDER,
        items: EXAMPLE_ITEMS.map(({ id, weight }) => ({
          id,
          weight,
          text: PLACEHOLDER,
          help: PLACEHOLDER,
          suggestion: PLACEHOLDER,
          sources: [seed],
        })),
      },
    ],
  };
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
  const theme = scoreAssessment(exampleChecklist(), answers).themes[0];
  const rows = EXAMPLE_ITEMS.map((item): ExampleRow => {
    const score = theme?.items.find((itemScore) => itemScore.itemId === item.id)?.score ?? null;
    return { ...item, points: score === null ? null : Math.round(score * 100) };
  });
  const scored = rows.filter((row) => row.points !== null);
  const numerator = scored.map((row) => `${row.weight} × ${row.points}`).join(" + ");
  const denominator = scored.map((row) => row.weight).join(" + ");
  return { rows, formula: `(${numerator}) / (${denominator})`, score: theme?.score ?? 0 };
}
