import { useId } from "react";
import { useTranslation } from "react-i18next";
import { regionNames, wellbeingCountyNames } from "../../domain/municipalities";
import type { MemberRow } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { GROUPINGS, type Grouping, type MemberFilter, presentCodes } from "./member-filter";

interface MemberFiltersProps {
  /** Every member, so a choice never hides the other options. */
  rows: readonly MemberRow[];
  filter: MemberFilter;
  onFilter: (filter: MemberFilter) => void;
  grouping: Grouping;
  onGrouping: (grouping: Grouping) => void;
  shown: number;
}

const ALL = "";

function CodeSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | null;
  options: { code: string; name: string; count: number }[];
  onChange: (code: string | null) => void;
}) {
  const { t } = useTranslation("workshop");
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        className="compact-select"
        id={id}
        value={value ?? ALL}
        onChange={(event) => onChange(event.currentTarget.value || null)}
      >
        <option value={ALL}>{t("filter.all")}</option>
        {options.map(({ code, name, count }) => (
          <option key={code} value={code}>
            {t("filter.option", { name, count })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Region (maakunta) and wellbeing services county filters, and the table's grouping. */
export function MemberFilters({ rows, filter, onFilter, grouping, onGrouping, shown }: MemberFiltersProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const groupingId = useId();
  const options = (
    names: { code: string; name: string }[],
    codeOf: (row: MemberRow) => string | undefined,
  ) => {
    const counts = presentCodes(rows, codeOf);
    return names.flatMap(({ code, name }) => {
      const count = counts.get(code);
      return count === undefined ? [] : [{ code, name, count }];
    });
  };
  return (
    <fieldset className="filter-bar workshop-filters">
      <legend className="visually-hidden">{t("filter.legend")}</legend>
      <CodeSelect
        label={t("filter.region")}
        value={filter.regionCode}
        options={options(regionNames(language), (row) => row.regionCode)}
        onChange={(regionCode) => onFilter({ ...filter, regionCode })}
      />
      <CodeSelect
        label={t("filter.county")}
        value={filter.countyCode}
        options={options(wellbeingCountyNames(language), (row) => row.countyCode)}
        onChange={(countyCode) => onFilter({ ...filter, countyCode })}
      />
      <div>
        <label htmlFor={groupingId} className="field-label">
          {t("filter.grouping")}
        </label>
        <select
          className="compact-select"
          id={groupingId}
          value={grouping}
          onChange={(event) => {
            const { value } = event.currentTarget;
            onGrouping(GROUPINGS.find((option) => option === value) ?? "none");
          }}
        >
          {GROUPINGS.map((option) => (
            <option key={option} value={option}>
              {t(`filter.group.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="workshop-count">
        {t("filter.count", { count: shown, total: rows.length })}
      </p>
    </fieldset>
  );
}
