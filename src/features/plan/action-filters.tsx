import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { ACTION_SORTS, type ActionView, NO_THEME } from "../../domain/action-view";
import type { Checklist } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { Field } from "../../ui/form-field";
import { StatusOptions } from "./status-options";

interface ViewSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

function ViewSelect({ id, label, value, onChange, children }: ViewSelectProps) {
  return (
    <Field id={id} label={label}>
      {(control) => (
        <select
          {...control}
          className="text-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {children}
        </select>
      )}
    </Field>
  );
}

interface ActionFiltersProps {
  checklist: Checklist;
  view: ActionView;
  onChange: (view: ActionView) => void;
}

/** Order and narrow the action plan: by due date for a meeting's agenda, by status or theme for a review. */
export function ActionFilters({ checklist, view, onChange }: ActionFiltersProps) {
  const { t } = useTranslation("plan");
  const language = useAppStore((state) => state.language);
  const id = useId();
  return (
    <fieldset className="action-filters">
      <legend className="field-label">{t("actions.view.legend")}</legend>
      <ViewSelect
        id={`${id}-sort`}
        label={t("actions.view.sort")}
        value={view.sort}
        onChange={(sort) => onChange({ ...view, sort: sort as ActionView["sort"] })}
      >
        {ACTION_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`actions.view.sortBy.${sort}`)}
          </option>
        ))}
      </ViewSelect>
      <ViewSelect
        id={`${id}-status`}
        label={t("actions.status")}
        value={view.status}
        onChange={(status) => onChange({ ...view, status: status as ActionView["status"] })}
      >
        <option value="all">{t("actions.view.allStatuses")}</option>
        <StatusOptions />
      </ViewSelect>
      <ViewSelect
        id={`${id}-theme`}
        label={t("actions.view.theme")}
        value={view.themeId}
        onChange={(themeId) => onChange({ ...view, themeId })}
      >
        <option value="all">{t("actions.view.allThemes")}</option>
        {checklist.themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.title[language]}
          </option>
        ))}
        <option value={NO_THEME}>{t("actions.view.noTheme")}</option>
      </ViewSelect>
    </fieldset>
  );
}
