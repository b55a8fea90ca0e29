import { useId } from "react";
import { useTranslation } from "react-i18next";
import { RESPONDENT_ROLES, type RespondentRole } from "../../domain/assessment";
import type { LibraryFilter } from "../../domain/library";

interface LibraryFiltersProps {
  filter: LibraryFilter;
  years: readonly number[];
  onChange: (filter: LibraryFilter) => void;
}

/** Municipality (a part of the name), year and role; every change shows at once. */
export function LibraryFilters({ filter, years, onChange }: LibraryFiltersProps) {
  const { t } = useTranslation("library");
  const { t: tc } = useTranslation("common");
  const id = useId();
  return (
    <fieldset className="filter-bar library-filters">
      <legend className="field-label">{t("filter.heading")}</legend>
      <div className="field">
        <label htmlFor={`${id}-municipality`} className="field-label">
          {t("filter.municipality")}
        </label>
        <input
          id={`${id}-municipality`}
          type="search"
          className="text-input"
          value={filter.municipality ?? ""}
          onChange={(event) => onChange({ ...filter, municipality: event.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`} className="field-label">
          {t("filter.year")}
        </label>
        <select
          id={`${id}-year`}
          className="compact-select"
          value={filter.year ?? ""}
          onChange={(event) => {
            const { value } = event.currentTarget;
            onChange({ ...filter, year: value === "" ? undefined : Number(value) });
          }}
        >
          <option value="">{t("filter.all")}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`} className="field-label">
          {t("filter.role")}
        </label>
        <select
          id={`${id}-role`}
          className="compact-select"
          value={filter.role ?? ""}
          onChange={(event) => {
            const { value } = event.currentTarget;
            onChange({ ...filter, role: value === "" ? undefined : (value as RespondentRole) });
          }}
        >
          <option value="">{t("filter.all")}</option>
          {RESPONDENT_ROLES.map((role) => (
            <option key={role} value={role}>
              {tc(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
