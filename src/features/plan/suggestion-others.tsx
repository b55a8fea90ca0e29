import { useTranslation } from "react-i18next";
import { answerFor } from "../../domain/assessment";
import type { Checklist, Item } from "../../domain/checklist";
import type { Example } from "../../domain/example-file";
import type { PracticeCard } from "../../domain/practice";
import { useAppStore } from "../../store/app-store";
import { useAnswerLabel } from "../../ui/answer-label";
import { paths } from "../../ui/paths";
import { PracticeCardList } from "../../ui/practice-card";
import { Link } from "../../ui/router";

/** Where the example municipality stands on the item, and the way to the side-by-side comparison. */
export function ExampleStance({ example, item }: { example: Example; item: Item }) {
  const { t } = useTranslation("plan");
  const language = useAppStore((state) => state.language);
  const answerLabel = useAnswerLabel();
  const name = example.profile.name[language];
  return (
    <p className="suggestion-example">
      {t("suggestion.example", { name, answer: answerLabel(answerFor(example.assessment.answers, item.id)) })}{" "}
      <Link to={paths.compareItem(item.id)}>
        {t("suggestion.compare", { name })}{" "}
        {/* Every suggestion has this link; the item's text tells them apart in a links list. */}
        <span className="visually-hidden">– {item.text[language]}</span>
      </Link>
    </p>
  );
}

/** Good practices that show the suggestion working elsewhere; folded, so the list stays scannable. */
export function SuggestionPractices({
  cards,
  checklist,
}: {
  cards: readonly PracticeCard[];
  checklist: Checklist;
}) {
  const { t } = useTranslation("plan");
  if (cards.length === 0) return null;
  return (
    <details className="suggestion-practices">
      <summary>{t("suggestion.practices", { count: cards.length })}</summary>
      <PracticeCardList cards={cards} checklist={checklist} />
    </details>
  );
}
