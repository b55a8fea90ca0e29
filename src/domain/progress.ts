import { type Answer, answerFor } from "./assessment";
import type { Checklist, Theme } from "./checklist";

export interface Progress {
  answered: number;
  total: number;
}

type Answers = Readonly<Record<string, Answer>>;

/**
 * How far the user has gone through the items, not how the municipality scores: "don't know" and
 * "not applicable" are answers the user has given, so they count as done here.
 */
export function themeProgress(theme: Pick<Theme, "items">, answers: Answers): Progress {
  const answered = theme.items.filter((item) => answerFor(answers, item.id) !== undefined).length;
  return { answered, total: theme.items.length };
}

export function checklistProgress(checklist: Pick<Checklist, "themes">, answers: Answers): Progress {
  return checklist.themes.reduce<Progress>(
    (sum, theme) => {
      const { answered, total } = themeProgress(theme, answers);
      return { answered: sum.answered + answered, total: sum.total + total };
    },
    { answered: 0, total: 0 },
  );
}
