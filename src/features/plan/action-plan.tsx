import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ActionView, ALL_ACTIONS, isFiltered } from "../../domain/action-view";
import type { Checklist } from "../../domain/checklist";
import { allItems } from "../../domain/checklist-lookup";
import { ACTION_STATUSES, type Action } from "../../domain/plan";
import { useAppStore } from "../../store/app-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { useFocusAfterRender } from "../../ui/use-focus-after-render";
import { ActionDraft } from "./action-draft";
import { ActionEntry } from "./action-entry";
import { ActionFilters } from "./action-filters";
import { toFormValues } from "./action-form-values";
import { RerankNotice } from "./rerank-notice";
import { SECTION_HEADINGS } from "./section-ids";
import { useKeptActions } from "./use-kept-actions";

function ActionSummary({ actions }: { actions: readonly Action[] }) {
  const { t } = useTranslation("plan");
  const { t: tCommon } = useTranslation();
  return (
    <p className="action-summary">
      <strong>{t("actions.count", { count: actions.length })}</strong>
      {ACTION_STATUSES.map((status) => (
        <span key={status}>
          {t("actions.statusCount", {
            status: tCommon(`plan.actionStatus.${status}`),
            count: actions.filter((action) => action.status === status).length,
          })}
        </span>
      ))}
    </p>
  );
}

/** The actions the municipality has decided on: part of the assessment, so they travel in its file. */
export function ActionPlan({ checklist, actions }: { checklist: Checklist; actions: readonly Action[] }) {
  const { t } = useTranslation("plan");
  const removeAction = useAppStore((state) => state.removeAction);
  const items = useMemo(() => new Map(allItems(checklist).map((item) => [item.id, item])), [checklist]);
  const [notice, setNotice] = useState("");
  const [pendingDelete, setPendingDelete] = useState<Action | null>(null);
  const headingId = SECTION_HEADINGS.actions;
  const focusAfterRender = useFocusAfterRender();
  const [view, setView] = useState<ActionView>(ALL_ACTIONS);
  const kept = useKeptActions(actions, view, checklist);

  const onSaved = (action: Action) => setNotice(t("actions.saved", { what: action.what }));
  return (
    <section aria-labelledby={headingId} className="plan-section">
      <h2 id={headingId} tabIndex={-1}>
        {t("actions.heading")}
      </h2>
      <p>{t("actions.intro")}</p>
      <p>
        {t("actions.saveNote")} <Link to={paths.details}>{t("actions.saveLink")}</Link>.
      </p>
      <p role="status" className="action-notice">
        {notice}
      </p>
      {actions.length === 0 ? (
        <p>{t("actions.empty")}</p>
      ) : (
        <>
          <ActionSummary actions={actions} />
          {actions.length > 1 && (
            <>
              <ActionFilters checklist={checklist} view={view} onChange={setView} />
              <RerankNotice
                isOutOfDate={kept.isOutOfDate}
                rerank={kept.rearrange}
                texts={{
                  outOfDate: t("actions.view.outOfDate"),
                  done: t("actions.view.done"),
                  button: t("actions.view.rearrange"),
                }}
                headingId={headingId}
              />
            </>
          )}
          {isFiltered(view) && (
            <p className="action-shown">
              {kept.shown.length === 0
                ? t("actions.view.noneShown")
                : t("actions.view.shown", { shown: kept.shown.length, total: actions.length })}{" "}
              <button type="button" className="link-button" onClick={() => setView(ALL_ACTIONS)}>
                {t("actions.view.clear")}
              </button>
            </p>
          )}
          <ol className="action-list">
            {kept.shown.map((action) => (
              <ActionEntry
                key={action.id}
                action={action}
                item={action.itemId === undefined ? undefined : items.get(action.itemId)}
                checklist={checklist}
                onSaved={onSaved}
                onDelete={setPendingDelete}
              />
            ))}
          </ol>
        </>
      )}
      <div className="new-action">
        <ActionDraft
          draftKey="new"
          buttonClassName="button button-primary"
          buttonLabel={t("actions.new")}
          checklist={checklist}
          initial={toFormValues({})}
          onSaved={onSaved}
        />
      </div>
      <ConfirmDialog
        isOpen={pendingDelete !== null}
        title={t("actions.deleteTitle")}
        body={t("actions.deleteBody", { what: pendingDelete?.what ?? "" })}
        confirmLabel={t("actions.deleteConfirm")}
        cancelLabel={t("actions.cancel")}
        onConfirm={() => {
          if (!pendingDelete) return;
          removeAction(pendingDelete.id);
          setNotice(t("actions.deleted", { what: pendingDelete.what }));
          setPendingDelete(null);
          // The deleted card's button is gone; once the dialog has closed, focus goes to the section's heading.
          focusAfterRender(headingId);
        }}
        onCancel={() => setPendingDelete(null)}
      />
    </section>
  );
}
