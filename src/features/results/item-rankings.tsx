import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { answerFor } from "../../domain/assessment";
import { type ItemScore, rankItems } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { useAnswerLabel } from "../../ui/answer-label";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { useNearViewport } from "../../ui/use-near-viewport";
import { OthersLinks } from "./others-links";
import type { Results } from "./use-results";

interface RankedListProps {
  items: readonly ItemScore[];
  results: Results;
  hasSuggestions: boolean;
  emptyText: string;
  /** The weakest items link to how example municipalities and good practices elsewhere do it. */
  hasOthersLinks?: boolean;
}

function RankedList({ items, results, hasSuggestions, emptyText, hasOthersLinks = false }: RankedListProps) {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const answerLabel = useAnswerLabel();
  if (items.length === 0) return <p>{emptyText}</p>;
  return (
    <ol className="ranked-items">
      {items.map((itemScore) => {
        const entry = results.items.get(itemScore.itemId);
        if (!entry) return null;
        const answer = answerFor(results.assessment.answers, itemScore.itemId);
        return (
          <li key={itemScore.itemId}>
            <p className="ranked-item-text">{entry.item.text[language]}</p>
            <p className="ranked-item-meta">
              <span>{t("rankings.theme", { theme: entry.theme.title[language] })}</span>
              <span>{t("rankings.answer", { answer: answerLabel(answer) })}</span>
            </p>
            {hasSuggestions && (
              <p className="ranked-item-suggestion">
                {t("rankings.suggestion", { suggestion: entry.item.suggestion[language] })}
              </p>
            )}
            {hasOthersLinks && <OthersLinks item={entry.item} checklist={results.checklist} />}
          </li>
        );
      })}
    </ol>
  );
}

/** Where the municipality is strong, and the weakest items with the checklist's suggestion for each. */
export function ItemRankings({ results }: { results: Results }) {
  const { t } = useTranslation("results");
  const headingId = useId();
  const { strongest, weakest } = rankItems(results.score);
  const hasAnswers = results.score.overall.scored > 0;
  // The examples and cards behind the links load as the section approaches, not while the figures paint.
  const section = useRef<HTMLElement>(null);
  const isNearViewport = useNearViewport(section, "600px");
  return (
    <section aria-labelledby={headingId} ref={section}>
      <h2 id={headingId}>{t("rankings.heading")}</h2>
      <div className="rankings">
        <div>
          <h3>{t("rankings.strongest")}</h3>
          <RankedList
            items={strongest}
            results={results}
            hasSuggestions={false}
            emptyText={hasAnswers ? t("rankings.noneStrong") : t("rankings.noScores")}
          />
        </div>
        <div>
          <h3>{t("rankings.weakest")}</h3>
          {weakest.length > 0 && <p>{t("rankings.weakestIntro")}</p>}
          <RankedList
            items={weakest}
            results={results}
            hasSuggestions
            hasOthersLinks={isNearViewport}
            emptyText={hasAnswers ? t("rankings.noneWeak") : t("rankings.noScores")}
          />
          {weakest.length > 0 && (
            <p className="rankings-next">
              <Link to={paths.plan}>{t("rankings.toPlan")}</Link>
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
