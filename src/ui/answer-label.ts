import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../domain/assessment";

type AnswerLabelKey =
  | `answer.level${0 | 1 | 2 | 3}`
  | "answer.dontKnow"
  | "answer.notApplicable"
  | "answer.unanswered";

/** The answer's name in the common namespace; also used by the PDF report, which has no hooks. */
export function answerLabelKey(answer: Answer | undefined): AnswerLabelKey {
  switch (answer?.kind) {
    case "level":
      return `answer.level${answer.level}`;
    case "dontKnow":
      return "answer.dontKnow";
    case "notApplicable":
      return "answer.notApplicable";
    default:
      return "answer.unanswered";
  }
}

/** The same answer names the questionnaire uses, from the common namespace. */
export function useAnswerLabel(): (answer: Answer | undefined) => string {
  const { t } = useTranslation("common");
  return useCallback((answer: Answer | undefined) => t(answerLabelKey(answer)), [t]);
}
