import { useId } from "react";
import { useTranslation } from "react-i18next";

export interface YearPair {
  from: number;
  to: number;
}

interface YearPickerProps {
  years: readonly number[];
  value: YearPair;
  onChange: (value: YearPair) => void;
}

function YearSelect({
  label,
  years,
  value,
  onChange,
}: { label: string } & Omit<YearPickerProps, "value" | "onChange"> & {
    value: number;
    onChange: (year: number) => void;
  }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        className="compact-select"
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The two years whose items are compared. */
export function YearPicker({ years, value, onChange }: YearPickerProps) {
  const { t } = useTranslation("history");
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{t("years.legend")}</legend>
      <YearSelect
        label={t("years.from")}
        years={years}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <YearSelect
        label={t("years.to")}
        years={years}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
      />
    </fieldset>
  );
}
