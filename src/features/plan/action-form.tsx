import { useEffect, useId } from "react";
import { type FieldError, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { ACTION_STATUSES, type Action } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import { Field } from "../../ui/form-field";
import {
  type ActionField,
  type ActionFields,
  type ActionFormValues,
  actionResolver,
} from "./action-form-values";

interface ActionFormProps {
  checklist: Checklist;
  initial: ActionFormValues;
  /** The action being edited; a new one gets its id from the store. */
  actionId?: string;
  /** With the saved action, or with nothing when the user cancels. */
  onClose: (saved?: Action) => void;
}

/** The status radios and the item list offer only valid choices; the other fields can have errors. */
type ErrorField = Extract<ActionField, "what" | "responsible" | "due">;

function useErrorText() {
  const { t } = useTranslation("plan");
  return (field: ErrorField, error: FieldError): string => {
    switch (field) {
      case "what":
        return error.type === "tooLong"
          ? t("form.errors.whatTooLong", { max: error.message })
          : t("form.errors.whatRequired");
      case "responsible":
        return t("form.errors.responsibleTooLong", { max: error.message });
      case "due":
        return t("form.errors.due");
    }
  };
}

/** Adds or edits one action. Validated on saving, then again on every change until the errors are fixed. */
export function ActionForm({ checklist, initial, actionId, onClose }: ActionFormProps) {
  const { t } = useTranslation("plan");
  const { t: tCommon } = useTranslation();
  const language = useAppStore((state) => state.language);
  const saveAction = useAppStore((state) => state.saveAction);
  const errorText = useErrorText();
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<ActionFormValues, unknown, ActionFields>({ defaultValues: initial, resolver: actionResolver });
  const id = useId();
  const ids = (field: string) => `${id}-${field}`;
  useEffect(() => setFocus("what"), [setFocus]);

  const submit = handleSubmit((fields) => {
    const savedId = saveAction(actionId ? { ...fields, id: actionId } : fields);
    onClose({ ...fields, id: savedId });
  });

  const errorFor = (field: ErrorField) => {
    const error = errors[field];
    return error && errorText(field, error);
  };

  return (
    <form className="action-form" noValidate aria-labelledby={ids("title")} onSubmit={submit}>
      <p id={ids("title")} className="action-form-title">
        {actionId ? t("form.editTitle") : t("form.addTitle")}
      </p>
      <Field
        id={ids("what")}
        label={
          <>
            {t("form.what")} <span className="field-required">({t("form.required")})</span>
          </>
        }
        errorText={errorFor("what")}
      >
        {(control) => (
          <textarea className="text-area" rows={4} aria-required="true" {...control} {...register("what")} />
        )}
      </Field>

      <Field
        id={ids("responsible")}
        label={t("form.responsible")}
        hint={t("form.responsibleHint")}
        errorText={errorFor("responsible")}
      >
        {(control) => (
          <input
            type="text"
            className="text-input"
            autoComplete="off"
            {...control}
            {...register("responsible")}
          />
        )}
      </Field>

      <Field id={ids("due")} label={t("form.due")} errorText={errorFor("due")}>
        {(control) => (
          <input type="date" className="text-input input-short" {...control} {...register("due")} />
        )}
      </Field>

      <fieldset className="field">
        <legend className="field-label">{t("form.status")}</legend>
        <div className="action-form-statuses">
          {ACTION_STATUSES.map((status) => (
            <label key={status} className="action-form-status">
              <input type="radio" value={status} {...register("status")} />
              <span>{tCommon(`plan.actionStatus.${status}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={ids("item")} className="field-label">
          {t("form.item")}
        </label>
        <select id={ids("item")} className="text-input" {...register("itemId")}>
          <option value="">{t("form.noItem")}</option>
          {checklist.themes.map((theme) => (
            <optgroup key={theme.id} label={theme.title[language]}>
              {theme.items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.text[language]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t("form.save")}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onClose()}>
          {t("form.cancel")}
        </button>
      </div>
    </form>
  );
}
