import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";

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
  const differencesId = useId();
  return (
    <fieldset className="compare-filters">
      <legend className="visually-hidden">{t("items.filters")}</legend>
      <div>
        <label htmlFor={themeId} className="field-label">
          {t("items.themeFilter")}
        </label>
        <select
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
      <div className="compare-checkbox">
        <input
          type="checkbox"
          id={differencesId}
          checked={filter.isOnlyDifferences}
          onChange={(event) => onChange({ ...filter, isOnlyDifferences: event.currentTarget.checked })}
        />
        <label htmlFor={differencesId}>{t("items.onlyDifferences")}</label>
      </div>
      {/* Polite: the count is read out after a filter changes, without interrupting. */}
      <p role="status" className="compare-count">
        {t("items.count", { count: shown, total })}
      </p>
    </fieldset>
  );
}
