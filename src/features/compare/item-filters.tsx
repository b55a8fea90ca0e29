import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { CheckboxField } from "../../ui/checkbox-field";

export interface ItemFilter {
  /** null: every theme. */
  themeId: string | null;
  isOnlyDifferences: boolean;
}

interface ItemFiltersProps {
  checklist: Checklist;
  filter: ItemFilter;
  onChange: (filter: ItemFilter) => void;
  shown: number;
  total: number;
}

const ALL = "";

export function ItemFilters({ checklist, filter, onChange, shown, total }: ItemFiltersProps) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const themeId = useId();
  return (
    <fieldset className="filter-bar compare-filters">
      <legend className="visually-hidden">{t("items.filters")}</legend>
      <div>
        <label htmlFor={themeId} className="field-label">
          {t("items.themeFilter")}
        </label>
        <select
          className="compact-select"
          id={themeId}
          value={filter.themeId ?? ALL}
          onChange={(event) => onChange({ ...filter, themeId: event.currentTarget.value || null })}
        >
          <option value={ALL}>{t("items.allThemes")}</option>
          {checklist.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.title[language]}
            </option>
          ))}
        </select>
      </div>
      <CheckboxField
        label={t("items.onlyDifferences")}
        checked={filter.isOnlyDifferences}
        onChange={(isOnlyDifferences) => onChange({ ...filter, isOnlyDifferences })}
      />
      {/* Polite: the count is read out after a filter changes, without interrupting. */}
      <p role="status" className="compare-count">
        {t("items.count", { count: shown, total })}
      </p>
    </fieldset>
  );
}
