import { useEffect, useId } from "react";
import { type FieldError, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { ACTION_STATUSES, type Action } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
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

function useErrorText() {
  const { t } = useTranslation("plan");
  return (field: ActionField, error: FieldError): string => {
    switch (field) {
      case "what":
        return error.type === "tooLong"
          ? t("form.errors.whatTooLong", { max: error.message })
          : t("form.errors.whatRequired");
      case "responsible":
        return t("form.errors.responsibleTooLong", { max: error.message });
      case "due":
        return t("form.errors.due");
      default:
        return t("form.errors.status");
    }
  };
}

/** Ids of the hint and, when there is one, the error that describe a field. */
function describedBy(...ids: (string | false)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
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

  const errorFor = (field: ActionField) => {
    const error = errors[field];
    return error ? (
      <p id={ids(`${field}-error`)} className="field-error">
        {errorText(field, error)}
      </p>
    ) : null;
  };

  return (
    <form className="action-form" noValidate aria-labelledby={ids("title")} onSubmit={submit}>
      <p id={ids("title")} className="action-form-title">
        {actionId ? t("form.editTitle") : t("form.addTitle")}
      </p>
      <div className="field">
        <label htmlFor={ids("what")} className="field-label">
          {t("form.what")} <span className="field-required">({t("form.required")})</span>
        </label>
        <textarea
          id={ids("what")}
          className="text-area"
          rows={4}
          aria-required="true"
          aria-invalid={errors.what ? true : undefined}
          aria-describedby={describedBy(!!errors.what && ids("what-error"))}
          {...register("what")}
        />
        {errorFor("what")}
      </div>

      <div className="field">
        <label htmlFor={ids("responsible")} className="field-label">
          {t("form.responsible")}
        </label>
        <p id={ids("responsible-hint")} className="field-hint">
          {t("form.responsibleHint")}
        </p>
        <input
          id={ids("responsible")}
          type="text"
          className="text-input"
          autoComplete="off"
          aria-invalid={errors.responsible ? true : undefined}
          aria-describedby={describedBy(
            ids("responsible-hint"),
            !!errors.responsible && ids("responsible-error"),
          )}
          {...register("responsible")}
        />
        {errorFor("responsible")}
      </div>

      <div className="field">
        <label htmlFor={ids("due")} className="field-label">
          {t("form.due")}
        </label>
        <input
          id={ids("due")}
          type="date"
          className="text-input input-short"
          aria-invalid={errors.due ? true : undefined}
          aria-describedby={describedBy(!!errors.due && ids("due-error"))}
          {...register("due")}
        />
        {errorFor("due")}
      </div>

      <fieldset className="field" aria-describedby={describedBy(!!errors.status && ids("status-error"))}>
        <legend className="field-label">{t("form.status")}</legend>
        <div className="action-form-statuses">
          {ACTION_STATUSES.map((status) => (
            <label key={status} className="action-form-status">
              <input type="radio" value={status} {...register("status")} />
              <span>{tCommon(`plan.actionStatus.${status}`)}</span>
            </label>
          ))}
        </div>
        {errorFor("status")}
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
