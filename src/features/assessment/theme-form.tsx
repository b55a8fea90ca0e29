import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { answerFor } from "../../domain/assessment";
import type { Theme } from "../../domain/checklist";
import type { Language } from "../../domain/localized";
import { useAppStore } from "../../store/app-store";
import { fieldsFromAnswer } from "./answer-fields";
import { ItemQuestion } from "./item-question";
import { fieldKey, type ItemFormApi, type ThemeFormValues } from "./theme-form-api";

function initialValues(theme: Theme): ThemeFormValues {
  const answers = useAppStore.getState().assessment?.answers ?? {};
  return Object.fromEntries(
    theme.items.map((item) => [fieldKey(item.id), fieldsFromAnswer(answerFor(answers, item.id))]),
  );
}

/**
 * One form for the theme's items. Each item saves itself to the store on every change, so there is
 * no submit; the form is here for field state and validation of the "not applicable" reason.
 */
export function ThemeForm({ theme, language }: { theme: Theme; language: Language }) {
  const [defaultValues] = useState(() => initialValues(theme));
  const { control, register, getValues, setFocus, clearErrors } = useForm<ThemeFormValues>({
    defaultValues,
    mode: "onTouched",
  });
  const form = useMemo<ItemFormApi>(
    () => ({ control, register, getValues, setFocus, clearErrors }),
    [control, register, getValues, setFocus, clearErrors],
  );
  return (
    <form className="theme-form" noValidate onSubmit={(event) => event.preventDefault()}>
      {theme.items.map((item, index) => (
        <ItemQuestion key={item.id} item={item} position={index + 1} language={language} form={form} />
      ))}
    </form>
  );
}
