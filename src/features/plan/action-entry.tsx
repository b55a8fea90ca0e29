import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist, Item } from "../../domain/checklist";
import type { Action, ActionStatus } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import { formatDate } from "../../ui/format";
import { ActionDraft } from "./action-draft";
import { toFormValues } from "./action-form-values";
import { StatusOptions } from "./status-options";

interface ActionEntryProps {
  action: Action;
  item: Item | undefined;
  checklist: Checklist;
  onSaved: (action: Action) => void;
  onDelete: (action: Action) => void;
}

/** One action as a card, readable on a phone: facts, a quick status change, edit and delete. */
export function ActionEntry({ action, item, checklist, onSaved, onDelete }: ActionEntryProps) {
  const { t } = useTranslation("plan");
  const language = useAppStore((state) => state.language);
  const saveAction = useAppStore((state) => state.saveAction);
  const id = useId();
  // Buttons and selects repeat on every card; the action's text tells them apart when heard out of context.
  const whose = (
    <>
      {" "}
      <span className="visually-hidden">– {action.what}</span>
    </>
  );
  return (
    <li className={`action action-${action.status}`}>
      <article aria-labelledby={`${id}-what`}>
        <h3 id={`${id}-what`} className="action-what">
          {action.what}
        </h3>
        <dl className="action-facts">
          <div>
            <dt>{t("actions.responsible")}</dt>
            <dd>{action.responsible || t("actions.noResponsible")}</dd>
          </div>
          <div>
            <dt>{t("actions.due")}</dt>
            <dd>{action.due ? formatDate(action.due, language) : t("actions.noDue")}</dd>
          </div>
          {item && (
            <div className="action-item">
              <dt>{t("actions.item")}</dt>
              <dd>{item.text[language]}</dd>
            </div>
          )}
        </dl>
        <div className="action-controls">
          <div className="action-status">
            <label htmlFor={`${id}-status`} className="field-label">
              {t("actions.status")}
              {whose}
            </label>
            <select
              id={`${id}-status`}
              className="text-input"
              value={action.status}
              onChange={(event) => saveAction({ ...action, status: event.target.value as ActionStatus })}
            >
              <StatusOptions />
            </select>
          </div>
          <ActionDraft
            draftKey={`edit:${action.id}`}
            buttonClassName="button button-secondary"
            buttonLabel={
              <>
                {t("actions.edit")}
                {whose}
              </>
            }
            checklist={checklist}
            initial={toFormValues(action)}
            actionId={action.id}
            onSaved={onSaved}
            beside={
              <button type="button" className="button button-secondary" onClick={() => onDelete(action)}>
                {t("actions.delete")}
                {whose}
              </button>
            }
          />
        </div>
      </article>
    </li>
  );
}
