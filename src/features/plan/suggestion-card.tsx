import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import type { Example } from "../../domain/example-file";
import type { PracticeCard } from "../../domain/practice";
import type { Suggestion } from "../../domain/suggestions";
import { useAppStore } from "../../store/app-store";
import { ActionDraft } from "./action-draft";
import { toFormValues } from "./action-form-values";
import { NowAndTarget, PriorityFigure } from "./suggestion-figures";
import { ExampleStance, SuggestionPractices } from "./suggestion-others";
import { TargetSelect } from "./target-select";

interface SuggestionCardProps {
  suggestion: Suggestion;
  checklist: Checklist;
  /** The example municipality, once the examples have loaded. */
  example: Example | undefined;
  practices: readonly PracticeCard[];
}

/** Turns the suggestion into an action: the form opens below, filled with the suggestion and its item. */
function AddAction({ suggestion, checklist }: Pick<SuggestionCardProps, "suggestion" | "checklist">) {
  const { t } = useTranslation("plan");
  const language = useAppStore((state) => state.language);
  const { item } = suggestion;
  const linked = useAppStore(
    (state) => state.assessment?.actions.filter((action) => action.itemId === item.id).length ?? 0,
  );
  return (
    <div className="suggestion-actions">
      <p role="status" className="suggestion-linked">
        {linked > 0 && t("suggestion.linkedActions", { count: linked })}
      </p>
      <ActionDraft
        draftKey={`item:${item.id}`}
        buttonClassName="button button-secondary"
        buttonLabel={
          <>
            {t("suggestion.addAction")} <span className="visually-hidden">– {item.text[language]}</span>
          </>
        }
        checklist={checklist}
        initial={toFormValues({ what: item.suggestion[language], itemId: item.id })}
      />
    </div>
  );
}

export function SuggestionCard({ suggestion, checklist, example, practices }: SuggestionCardProps) {
  const { t } = useTranslation("plan");
  const { t: tCommon } = useTranslation();
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const { item, theme } = suggestion;
  return (
    <li className="suggestion">
      <article aria-labelledby={headingId}>
        <h4 id={headingId} className="suggestion-item">
          {item.text[language]}
        </h4>
        <p className="suggestion-meta">
          <span>{t("suggestion.theme", { theme: theme.title[language] })}</span>
          <span>{t("suggestion.phase", { phase: tCommon(`plan.phase.${item.phase ?? "ongoing"}`) })}</span>
        </p>
        <div className="suggestion-figures">
          <NowAndTarget suggestion={suggestion} />
          <PriorityFigure suggestion={suggestion} />
        </div>
        <TargetSelect suggestion={suggestion} />
        <div className="suggestion-proposal">
          <p className="suggestion-proposal-label">{t("suggestion.proposal")}</p>
          <p>{item.suggestion[language]}</p>
        </div>
        {example && <ExampleStance example={example} item={item} />}
        <SuggestionPractices cards={practices} checklist={checklist} />
        <AddAction suggestion={suggestion} checklist={checklist} />
      </article>
    </li>
  );
}
