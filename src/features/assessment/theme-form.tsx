import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { answerFor } from "../../domain/assessment";
import type { Theme } from "../../domain/checklist";
import type { Language } from "../../domain/localized";
import { useAppStore } from "../../store/app-store";
import { pendingNotes, usePendingReasons } from "../../store/pending-reasons";
import { fieldsFromAnswer } from "./answer-fields";
import { ItemQuestion } from "./item-question";
import { fieldKey, type ItemFormApi, type ThemeFormValues } from "./theme-form-api";

function initialValues(theme: Theme): ThemeFormValues {
  const assessment = useAppStore.getState().assessment;
  const answers = assessment?.answers ?? {};
  const pending = pendingNotes(usePendingReasons.getState(), assessment?.id);
  const fieldsFor = (itemId: string) => {
    const note = pending[itemId];
    // Chosen "not applicable" earlier on this visit, with no reason yet: shown as it was left.
    if (note !== undefined) return { choice: "notApplicable" as const, reason: "", note };
    return fieldsFromAnswer(answerFor(answers, itemId));
  };
  return Object.fromEntries(theme.items.map((item) => [fieldKey(item.id), fieldsFor(item.id)]));
}

/**
 * One form for the theme's items. Each item saves itself to the store on every change, so there is
 * no submit; the form is here for field state and validation of the "not applicable" reason.
 */
export function ThemeForm({ theme, language }: { theme: Theme; language: Language }) {
  const [defaultValues] = useState(() => initialValues(theme));
  const { control, register, getValues, setFocus, clearErrors, trigger } = useForm<ThemeFormValues>({
    defaultValues,
    mode: "onTouched",
  });
  const form = useMemo<ItemFormApi>(
    () => ({ control, register, getValues, setFocus, clearErrors, trigger }),
    [control, register, getValues, setFocus, clearErrors, trigger],
  );
  return (
    <form className="theme-form" noValidate onSubmit={(event) => event.preventDefault()}>
      {theme.items.map((item, index) => (
        <ItemQuestion key={item.id} item={item} position={index + 1} language={language} form={form} />
      ))}
    </form>
  );
}
