import { useTranslation } from "react-i18next";
import type { RetiredAnswer } from "../../domain/assessment";
import { useAppStore } from "../../store/app-store";
import { useAnswerLabel } from "../../ui/answer-label";
import { TitledSection } from "../../ui/titled-section";
import { useItemText } from "../../ui/use-item-text";

/** Answers kept from items a later version retired, with the version that retired each. */
export function RetiredAnswerList({
  retired,
  checklistId,
}: {
  retired: Readonly<Record<string, RetiredAnswer>>;
  checklistId: string;
}) {
  const { t } = useTranslation("versions");
  const answerLabel = useAnswerLabel();
  const itemText = useItemText(checklistId);
  return (
    <ul className="versions-list">
      {Object.entries(retired).map(([id, { answer, retiredIn }]) => (
        <li key={id}>
          <strong>{itemText(id)}</strong>: {answerLabel(answer)}
          {answer.note && <span className="versions-note"> – {answer.note}</span>}
          <br />
          <span className="field-hint">{t("history.retiredIn", { version: retiredIn })}</span>
        </li>
      ))}
    </ul>
  );
}

export function RetiredAnswersSection() {
  const { t } = useTranslation("versions");
  const assessment = useAppStore((state) => state.assessment);
  const retired = assessment?.retiredAnswers ?? {};
  const count = Object.keys(retired).length;
  if (!assessment || count === 0) return null;
  return (
    <TitledSection title={t("history.title", { count })} className="versions-history">
      <RetiredAnswerList retired={retired} checklistId={assessment.checklist.id} />
    </TitledSection>
  );
}
