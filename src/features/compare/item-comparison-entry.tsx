import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../domain/assessment";
import type { Checklist, Item } from "../../domain/checklist";
import type { ItemComparison } from "../../domain/compare";
import { type Citation, notApplicableReason } from "../../domain/example";
import type { PracticeCard } from "../../domain/practice";
import { useAppStore } from "../../store/app-store";
import { useAnswerLabel } from "../../ui/answer-label";
import { PracticeCardList } from "../../ui/practice-card";
import { CitationBlock } from "./citation-block";

export interface ItemComparisonEntryProps {
  item: Item;
  comparison: ItemComparison;
  ownAnswer: Answer | undefined;
  otherAnswer: Answer | undefined;
  ownName: string;
  otherName: string;
  citation: Citation | undefined;
  practices: readonly PracticeCard[];
  checklist: Checklist;
  /** Opened from the results' "see how others do it": shown in full, scrolled to and focused. */
  isFocused: boolean;
}

function NotApplicableNote({ reason }: { reason: string | null }) {
  const { t } = useTranslation("compare");
  return (
    <div className="compare-choice">
      {reason !== null && <p>{t("items.reason", { reason })}</p>}
      <p>{t("items.choiceNote")}</p>
    </div>
  );
}

function Practices({ cards, checklist }: { cards: readonly PracticeCard[]; checklist: Checklist }) {
  const { t } = useTranslation("compare");
  return (
    <div className="compare-practices">
      <p className="compare-practices-title">{t("items.practices")}</p>
      <PracticeCardList cards={cards} checklist={checklist} />
    </div>
  );
}

function useFocusOnMount(isFocused: boolean) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!isFocused) return;
    // After the page has focused its heading (a parent effect, run after this one).
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [isFocused]);
  return ref;
}

export function ItemComparisonEntry(props: ItemComparisonEntryProps) {
  const { item, comparison, ownAnswer, otherAnswer, ownName, otherName, citation, practices, checklist } =
    props;
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const answerLabel = useAnswerLabel();
  const ref = useFocusOnMount(props.isFocused);
  const { difference } = comparison;
  // Where you have not answered (or have nothing saved yet) their way of doing it is still worth reading.
  const isOpenForYou = difference === "notComparable" && comparison.own.status === "unanswered";
  const showsPractices = difference === "theyHaveYouLack" || isOpenForYou || props.isFocused;
  const showsCitation = showsPractices || difference === "theyChoseNotApplicable";
  return (
    <li
      ref={ref}
      tabIndex={props.isFocused ? -1 : undefined}
      className={`compare-item compare-item-${difference}${props.isFocused ? " compare-item-focused" : ""}`}
    >
      <h4 className="compare-item-text">{item.text[language]}</h4>
      <dl className="compare-answers">
        <div>
          <dt>{ownName}</dt>
          <dd>{answerLabel(ownAnswer)}</dd>
        </div>
        <div>
          <dt>{otherName}</dt>
          <dd>{answerLabel(otherAnswer)}</dd>
        </div>
        <div>
          <dt>{t("items.difference")}</dt>
          <dd>
            <span className={`difference-badge difference-${difference}`}>
              {t(`difference.${difference}`)}
            </span>
          </dd>
        </div>
      </dl>
      {difference === "theyChoseNotApplicable" && (
        <NotApplicableNote reason={notApplicableReason(otherAnswer, citation, language)} />
      )}
      {difference === "youChoseNotApplicable" && (
        <NotApplicableNote reason={notApplicableReason(ownAnswer, undefined, language)} />
      )}
      {citation && showsCitation && (
        // Their reason for "not applicable" is the paraphrase, shown above: only the source's words remain.
        <CitationBlock
          citation={citation}
          checklist={checklist}
          showsParaphrase={otherAnswer?.kind !== "notApplicable"}
        />
      )}
      {showsPractices && practices.length > 0 && <Practices cards={practices} checklist={checklist} />}
    </li>
  );
}
