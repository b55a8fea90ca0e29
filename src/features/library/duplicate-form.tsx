import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LibraryRow } from "../../domain/library";
import { CheckboxField } from "../../ui/checkbox-field";
import { useFocusOnMount } from "./use-focus-on-mount";
import { useRowName } from "./use-row-name";
import { YearField } from "./year-field";
import { parseYear } from "./year-input";

interface DuplicateFormProps {
  row: LibraryRow;
  onSubmit: (year: number, carryPlan: boolean) => void;
  onCancel: () => void;
}

/** "Start 2027 from 2026": the year (the next one offered) and whether the plan comes along. */
export function DuplicateForm({ row, onSubmit, onCancel }: DuplicateFormProps) {
  const { t } = useTranslation("library");
  const rowName = useRowName();
  const id = useId();
  const [yearText, setYearText] = useState(String(Math.min(row.year + 1, 2100)));
  const [carryPlan, setCarryPlan] = useState(false);
  const [isInvalid, setIsInvalid] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const year = parseYear(yearText);
    setIsInvalid(year === null);
    if (year !== null) onSubmit(year, carryPlan);
  };
  return (
    <form className="panel library-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t("duplicate.heading", { name: rowName(row) })}
      </h2>
      <p>{t("duplicate.intro")}</p>
      <YearField
        id={`${id}-year`}
        label={t("duplicate.year")}
        value={yearText}
        errorText={isInvalid ? t("errors.year") : undefined}
        onChange={setYearText}
      />
      <CheckboxField label={t("duplicate.carryPlan")} checked={carryPlan} onChange={setCarryPlan} />
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t("duplicate.submit")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("duplicate.cancel")}
        </button>
      </div>
    </form>
  );
}
