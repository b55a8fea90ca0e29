import { useMemo } from "react";
import type { Assessment } from "../../domain/assessment";
import type { Checklist, Item, Theme } from "../../domain/checklist";
import { type AssessmentScore, scoreAssessment } from "../../domain/scoring";
import { answersAtTarget, hasTargetAhead } from "../../domain/suggestions";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";

export interface ChecklistIndex {
  items: ReadonlyMap<string, { item: Item; theme: Theme }>;
  themes: ReadonlyMap<string, Theme>;
}

export interface Results extends ChecklistIndex {
  assessment: Assessment;
  checklist: Checklist;
  score: AssessmentScore;
  /** The scores with every target reached (the default one too); null when that would raise nothing. */
  targetScore: AssessmentScore | null;
}

/** Scores keep only ids; the page needs the texts behind them. */
export function indexChecklist(checklist: Checklist): ChecklistIndex {
  const items = new Map<string, { item: Item; theme: Theme }>();
  const themes = new Map<string, Theme>();
  for (const theme of checklist.themes) {
    themes.set(theme.id, theme);
    for (const item of theme.items) items.set(item.id, { item, theme });
  }
  return { items, themes };
}

/** The saved assessment scored against its checklist; null before an assessment is started. */
export function useResults(): Results | null {
  const assessment = useAppStore((state) => state.assessment);
  const checklist = useActiveChecklist();
  const answers = assessment?.answers;
  const targets = assessment?.targets;
  const index = useMemo(() => (checklist ? indexChecklist(checklist) : null), [checklist]);
  const score = useMemo(
    () => (checklist && answers ? scoreAssessment(checklist, answers) : null),
    [checklist, answers],
  );
  const targetScore = useMemo(
    () =>
      checklist && answers && targets && hasTargetAhead({ answers, targets })
        ? scoreAssessment(checklist, answersAtTarget({ answers, targets }))
        : null,
    [checklist, answers, targets],
  );
  if (!assessment || !checklist || !index || !score) return null;
  return { assessment, checklist, score, targetScore, ...index };
}
