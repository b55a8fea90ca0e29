import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ACTION_SORTS, type ActionView, NO_THEME } from "../../domain/action-view";
import type { Checklist } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { SelectField } from "../../ui/select-field";
import { useStatusOptions } from "./status-options";

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
  const statuses = useStatusOptions();
  return (
    <fieldset className="action-filters">
      <legend className="field-label">{t("actions.view.legend")}</legend>
      <SelectField
        id={`${id}-sort`}
        label={t("actions.view.sort")}
        value={view.sort}
        options={ACTION_SORTS.map((sort) => ({ value: sort, label: t(`actions.view.sortBy.${sort}`) }))}
        onChange={(sort) => onChange({ ...view, sort })}
      />
      <SelectField
        id={`${id}-status`}
        label={t("actions.status")}
        value={view.status}
        options={[{ value: "all", label: t("actions.view.allStatuses") }, ...statuses]}
        onChange={(status) => onChange({ ...view, status })}
      />
      <SelectField
        id={`${id}-theme`}
        label={t("actions.view.theme")}
        value={view.themeId}
        options={[
          { value: "all", label: t("actions.view.allThemes") },
          ...checklist.themes.map((theme) => ({ value: theme.id, label: theme.title[language] })),
          { value: NO_THEME, label: t("actions.view.noTheme") },
        ]}
        onChange={(themeId) => onChange({ ...view, themeId })}
      />
    </fieldset>
  );
}
