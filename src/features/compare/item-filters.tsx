import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { CheckboxField } from "../../ui/checkbox-field";
import { SelectField } from "../../ui/select-field";

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
      <SelectField
        id={themeId}
        label={t("items.themeFilter")}
        value={filter.themeId ?? ALL}
        options={[
          { value: ALL, label: t("items.allThemes") },
          ...checklist.themes.map((theme) => ({ value: theme.id, label: theme.title[language] })),
        ]}
        onChange={(value) => onChange({ ...filter, themeId: value || null })}
        isCompact
      />
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
