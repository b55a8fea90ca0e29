import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { compareAssessments } from "../../domain/compare";
import type { Example } from "../../domain/example-file";
import type { PracticeCard } from "../../domain/practice";
import { useAppStore } from "../../store/app-store";
import { AdaptationNote } from "../../ui/adaptation-note";
import { ComparisonChartSection } from "./comparison-chart-section";
import { ItemComparisonSection } from "./item-comparison-section";
import { OtherPicker } from "./other-picker";
import { OtherProfile } from "./other-profile";
import { otherSideName, useOtherSide } from "./use-other-side";

export interface CompareViewProps {
  checklist: Checklist;
  examples: readonly Example[];
  practices: readonly PracticeCard[];
  isLoading: boolean;
  /** The saved assessment's answers; empty when none is saved, so the other side can still be browsed. */
  ownAnswers: Readonly<Record<string, Answer>>;
  focusItemId?: string | undefined;
}

const NO_CITATIONS = {};

/** Everything below the page's intro; takes its data as props, so tests can give it a fixture example. */
export function CompareView({
  checklist,
  examples,
  practices,
  isLoading,
  ownAnswers,
  focusItemId,
}: CompareViewProps) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const state = useOtherSide(examples, checklist);
  const { side } = state;
  const otherAnswers = side?.answers;
  const comparison = useMemo(
    () => (otherAnswers ? compareAssessments(checklist, ownAnswers, otherAnswers) : null),
    [checklist, ownAnswers, otherAnswers],
  );
  const ownName = t("side.own");
  return (
    <>
      <AdaptationNote checklist={checklist} />
      <OtherPicker examples={examples} isLoading={isLoading} state={state} />
      {side && comparison && otherAnswers && (
        <>
          <OtherProfile side={side} checklist={checklist} />
          <ComparisonChartSection
            comparison={comparison}
            checklist={checklist}
            ownName={ownName}
            otherName={otherSideName(side, language)}
          />
          <ItemComparisonSection
            // A new other side starts with fresh filters and focus.
            key={side.kind === "example" ? side.example.profile.id : side.fileName}
            checklist={checklist}
            comparison={comparison}
            ownAnswers={ownAnswers}
            otherAnswers={otherAnswers}
            ownName={ownName}
            otherName={otherSideName(side, language)}
            citations={side.kind === "example" ? side.example.profile.citations : NO_CITATIONS}
            practices={practices}
            focusItemId={focusItemId}
          />
        </>
      )}
    </>
  );
}
