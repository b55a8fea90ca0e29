import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { practicesForItem } from "../../domain/practice-catalog";
import { groupByPhase, groupByTheme, type Suggestion } from "../../domain/suggestions";
import { useAppStore } from "../../store/app-store";
import { useExamples } from "../../store/examples";
import { SourceLine } from "../../ui/source-line";
import { RerankNotice } from "./rerank-notice";
import { SECTION_HEADINGS } from "./section-ids";
import { SuggestionCard } from "./suggestion-card";
import type { KeptRanking } from "./use-kept-ranking";

/** Seed 003: preparing cooperation, the cooperation meeting and follow-up, the phases items are grouped by. */
const PROCESS_SEED = "003_9f185fb23987c6cc.txt";

const GROUPINGS = ["theme", "phase"] as const;
type Grouping = (typeof GROUPINGS)[number];

interface Group {
  key: string;
  title: string;
  suggestions: Suggestion[];
}

function useGroups(checklist: Checklist, suggestions: readonly Suggestion[], grouping: Grouping): Group[] {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  if (grouping === "theme") {
    return groupByTheme(checklist, suggestions).map(({ key, suggestions }) => ({
      key: key.id,
      title: key.title[language],
      suggestions,
    }));
  }
  return groupByPhase(suggestions).map(({ key, suggestions }) => ({
    key,
    title: t(`plan.phase.${key}`),
    suggestions,
  }));
}

function GroupingChoice({ value, onChange }: { value: Grouping; onChange: (grouping: Grouping) => void }) {
  const { t } = useTranslation("plan");
  const labels = { theme: t("all.byTheme"), phase: t("all.byPhase") };
  return (
    <fieldset className="grouping">
      <legend className="field-label">{t("all.groupBy")}</legend>
      {GROUPINGS.map((grouping) => (
        <label key={grouping} className="grouping-option">
          <input
            type="radio"
            name="suggestion-grouping"
            value={grouping}
            checked={value === grouping}
            onChange={() => onChange(grouping)}
          />
          <span>{labels[grouping]}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface SuggestionSectionProps {
  checklist: Checklist;
  /** In the kept order (see useKeptRanking), not necessarily today's ranking. */
  suggestions: readonly Suggestion[];
  ranking: Pick<KeptRanking, "isOutOfDate" | "rerank">;
  hasAnswers: boolean;
}

/** Every suggestion in full, grouped by theme or by the phase of the cooperation process. */
export function SuggestionSection({ checklist, suggestions, ranking, hasAnswers }: SuggestionSectionProps) {
  const { t } = useTranslation("plan");
  const { t: tCommon } = useTranslation();
  const [grouping, setGrouping] = useState<Grouping>("theme");
  const groups = useGroups(checklist, suggestions, grouping);
  const { examples, practices } = useExamples(checklist);
  const headingId = SECTION_HEADINGS.suggestions;
  return (
    <section aria-labelledby={headingId} className="plan-section">
      <h2 id={headingId} tabIndex={-1}>
        {t("all.heading")}
      </h2>
      {suggestions.length === 0 ? (
        <p>{hasAnswers ? t("all.noneBelowFull") : t("all.nothingScored")}</p>
      ) : (
        <>
          <p>{t("all.intro", { count: suggestions.length, full: tCommon("answer.level3") })}</p>
          <p>{t("all.order")}</p>
          <RerankNotice
            isOutOfDate={ranking.isOutOfDate}
            rerank={ranking.rerank}
            texts={{ outOfDate: t("rerank.outOfDate"), done: t("rerank.done"), button: t("rerank.button") }}
            headingId={headingId}
          />
          <GroupingChoice value={grouping} onChange={setGrouping} />
          {grouping === "phase" && (
            <div className="phase-intro">
              <p>{t("all.phaseIntro")}</p>
              <SourceLine checklist={checklist} seed={PROCESS_SEED} />
            </div>
          )}
          {groups.map((group) => (
            <div key={group.key} className="suggestion-group">
              <h3>{t("all.groupCount", { title: group.title, count: group.suggestions.length })}</h3>
              <ol className="suggestion-list">
                {group.suggestions.map((suggestion) => (
                  <SuggestionCard
                    key={suggestion.item.id}
                    suggestion={suggestion}
                    checklist={checklist}
                    example={examples[0]}
                    practices={practicesForItem(practices, suggestion.item.id)}
                  />
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
