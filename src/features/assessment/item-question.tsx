import { type ChangeEvent, type KeyboardEvent, memo, useEffect, useId, useRef } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Item } from "../../domain/checklist";
import { NOTE_MAX } from "../../domain/limits";
import type { Language } from "../../domain/localized";
import { ownValue } from "../../domain/own-value";
import { useAppStore } from "../../store/app-store";
import { usePendingReasons } from "../../store/pending-reasons";
import { ChoiceOption } from "../../ui/choice-option";
import { answerFromFields, CHOICES, type Choice } from "./answer-fields";
import { ReviewMark } from "./review-mark";
import "./review-i18n";
import { fieldKey, type ItemFormApi } from "./theme-form-api";

interface ItemQuestionProps {
  item: Item;
  position: number;
  language: Language;
  form: ItemFormApi;
}

function isLevel(choice: Choice): choice is "level0" | "level1" | "level2" | "level3" {
  return choice.startsWith("level");
}

/**
 * One item: its own fieldset, watching only its own fields, so answering one item re-renders that item
 * and not the other dozen on the page.
 */
export const ItemQuestion = memo(function ItemQuestion({
  item,
  position,
  language,
  form,
}: ItemQuestionProps) {
  const { t } = useTranslation("assessment");
  const { t: tCommon } = useTranslation();
  const { t: tReview } = useTranslation("review");
  const setAnswer = useAppStore((state) => state.setAnswer);
  const assessmentId = useAppStore((state) => state.assessment?.id);
  const review = useAppStore((state) => ownValue(state.assessment?.review ?? {}, item.id));
  const checklistId = useAppStore((state) => state.assessment?.checklist.id);
  const keepPending = usePendingReasons((state) => state.keep);
  const dropPending = usePendingReasons((state) => state.drop);
  const key = fieldKey(item.id);
  // A local item its author did not translate: shown in the language it was written in, and said so.
  const shownIn = item.untranslated?.text?.includes(language) ? item.shownIn : undefined;
  const reasonName = `${key}.reason` as const;
  const choice = useWatch({ control: form.control, name: `${key}.choice` });
  const { errors } = useFormState({ control: form.control, name: reasonName });
  const reasonError = errors[key]?.reason;
  const movedByArrow = useRef(false);
  const wantsReasonFocus = useRef(false);
  const id = useId();
  const ids = {
    help: `${id}-help`,
    reason: `${id}-reason`,
    reasonHint: `${id}-reason-hint`,
    reasonError: `${id}-reason-error`,
    note: `${id}-note`,
    noteHint: `${id}-note-hint`,
  };

  const save = () => {
    const fields = form.getValues(key);
    const result = answerFromFields(fields);
    if (result.status === "answer") setAnswer(item.id, result.answer);
    if (!assessmentId) return;
    if (result.status === "needsReason") keepPending(assessmentId, item.id, fields.note);
    else dropPending(assessmentId, item.id);
  };

  // Left without a reason earlier on this visit: what is missing shows at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the fields the page opened with.
  useEffect(() => {
    if (answerFromFields(form.getValues(key)).status === "needsReason") void form.trigger(reasonName);
  }, []);

  useEffect(() => {
    if (choice === "notApplicable" && wantsReasonFocus.current) {
      wantsReasonFocus.current = false;
      form.setFocus(reasonName);
    }
  }, [choice, form, reasonName]);

  const choiceField = form.register(`${key}.choice`, {
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      // Arrowing through the group must not be pulled out of it when it passes "not applicable".
      if (event.target.value === "notApplicable") wantsReasonFocus.current = !movedByArrow.current;
      else form.clearErrors(reasonName);
      movedByArrow.current = false;
      save();
    },
  });
  const reasonField = form.register(reasonName, {
    validate: (reason, values) =>
      values[key]?.choice !== "notApplicable" || reason.trim() !== "" || "reasonRequired",
    onChange: save,
  });
  const noteField = form.register(`${key}.note`, { onChange: save });
  const onChoiceKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    movedByArrow.current = event.key.startsWith("Arrow");
  };

  return (
    <fieldset className="item" aria-describedby={ids.help}>
      <legend className="item-text">
        <span className="item-number">{position}.</span> <span lang={shownIn}>{item.text[language]}</span>
      </legend>
      {shownIn && <p className="item-untranslated">{tReview(`untranslated.${shownIn}`)}</p>}
      <p id={ids.help} className="item-help">
        {item.help[language]}
      </p>
      {review && checklistId && <ReviewMark itemId={item.id} review={review} checklistId={checklistId} />}
      <div className="choices">
        {CHOICES.map((value) => (
          <ChoiceOption
            key={value}
            id={`${id}-${value}`}
            value={value}
            label={tCommon(`answer.${value}`)}
            hint={isLevel(value) ? tCommon(`answerHint.${value}`) : undefined}
            onKeyDown={onChoiceKeyDown}
            {...choiceField}
          />
        ))}
      </div>

      {choice === "notApplicable" && (
        <div className="field">
          <label htmlFor={ids.reason} className="field-label">
            {t("theme.reasonLabel")}
          </label>
          <p id={ids.reasonHint} className="field-hint">
            {t("theme.reasonHint")}
          </p>
          <input
            id={ids.reason}
            type="text"
            className="text-input"
            maxLength={NOTE_MAX}
            aria-required="true"
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${ids.reasonHint} ${ids.reasonError}` : ids.reasonHint}
            {...reasonField}
          />
          {reasonError && (
            <p id={ids.reasonError} className="field-error">
              {t("theme.reasonRequired")}
            </p>
          )}
        </div>
      )}

      {choice === "" ? (
        <p className="note-needs-answer">{t("theme.noteNeedsAnswer")}</p>
      ) : (
        <div className="field">
          <label htmlFor={ids.note} className="field-label">
            {t("theme.noteLabel")}
          </label>
          <p id={ids.noteHint} className="field-hint">
            {t("theme.noteHint")}
          </p>
          <textarea
            id={ids.note}
            rows={3}
            className="text-area"
            maxLength={NOTE_MAX}
            aria-describedby={ids.noteHint}
            {...noteField}
          />
        </div>
      )}
    </fieldset>
  );
});
