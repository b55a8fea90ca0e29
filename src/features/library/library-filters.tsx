import { useId } from "react";
import { useTranslation } from "react-i18next";
import { RESPONDENT_ROLES, type RespondentRole } from "../../domain/assessment";
import type { LibraryFilter } from "../../domain/library";
import { Field } from "../../ui/form-field";

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
      <Field id={`${id}-municipality`} label={t("filter.municipality")}>
        {(control) => (
          <input
            {...control}
            type="search"
            className="text-input"
            value={filter.municipality ?? ""}
            onChange={(event) => onChange({ ...filter, municipality: event.currentTarget.value })}
          />
        )}
      </Field>
      <Field id={`${id}-year`} label={t("filter.year")}>
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
      <Field id={`${id}-role`} label={t("filter.role")}>
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
    </fieldset>
  );
}
