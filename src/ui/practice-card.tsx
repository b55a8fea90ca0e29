import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../domain/checklist";
import type { PracticeCard } from "../domain/practice";
import { useAppStore } from "../store/app-store";
import { SourceLine } from "./source-line";

interface PracticeCardViewProps {
  card: PracticeCard;
  /** For the source's title and publisher. */
  checklist: Checklist;
}

/** A good practice elsewhere (place, title, summary, source), shared by the comparison and the results. */
export function PracticeCardView({ card, checklist }: PracticeCardViewProps) {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  const titleId = useId();
  return (
    <article className="practice-card" aria-labelledby={titleId}>
      <p className="practice-card-place">
        {t("practice.label")} · {t("practice.place", { place: card.place[language] })}
      </p>
      <p id={titleId} className="practice-card-title">
        {card.title[language]}
      </p>
      <p>{card.summary[language]}</p>
      <SourceLine checklist={checklist} seed={card.seed} />
    </article>
  );
}

/** Several cards, e.g. every card that shows a way forward for one item. */
export function PracticeCardList({
  cards,
  checklist,
}: {
  cards: readonly PracticeCard[];
  checklist: Checklist;
}) {
  return (
    <ul>
      {cards.map((card) => (
        <li key={card.id}>
          <PracticeCardView card={card} checklist={checklist} />
        </li>
      ))}
    </ul>
  );
}
