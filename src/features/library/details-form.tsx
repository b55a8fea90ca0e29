import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AssessmentMeta,
  AssessmentMetaSchema,
  RESPONDENT_ROLES,
  type RespondentRole,
} from "../../domain/assessment";
import type { LibraryRow } from "../../domain/library";
import { MUNICIPALITY_MAX } from "../../domain/limits";
import { withMunicipalityCode } from "../../domain/municipalities";
import { Field } from "../../ui/form-field";
import { SelectField } from "../../ui/select-field";
import { useFocusOnMount } from "./use-focus-on-mount";
import { useRowName } from "./use-row-name";
import { YearField } from "./year-field";
import { parseYear } from "./year-input";

interface DetailsFormProps {
  row: LibraryRow;
  meta: AssessmentMeta;
  onSubmit: (meta: AssessmentMeta) => void;
  onCancel: () => void;
}

type Errors = Partial<Record<"municipality" | "year" | "date", string>>;

/** The stored format's own rule, so a date accepted here is never refused when it is written. */
const isIsoDate = (text: string) => AssessmentMetaSchema.shape.date.safeParse(text).success;

/** Municipality, year, role and date of any stored assessment; nothing is saved while a field is wrong. */
export function DetailsForm({ row, meta, onSubmit, onCancel }: DetailsFormProps) {
  const { t } = useTranslation("library");
  const { t: tc } = useTranslation("common");
  const rowName = useRowName();
  const id = useId();
  const [municipality, setMunicipality] = useState(meta.municipality);
  const [yearText, setYearText] = useState(String(meta.year));
  const [role, setRole] = useState<RespondentRole>(meta.respondentRole);
  const [date, setDate] = useState(meta.date);
  const [errors, setErrors] = useState<Errors>({});
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const year = parseYear(yearText);
    const found: Errors = {
      ...(municipality.trim().length > MUNICIPALITY_MAX
        ? { municipality: t("errors.municipality", { max: MUNICIPALITY_MAX }) }
        : {}),
      ...(year === null ? { year: t("errors.year") } : {}),
      ...(isIsoDate(date.trim()) ? {} : { date: t("errors.date") }),
    };
    setErrors(found);
    if (year === null || Object.keys(found).length > 0) return;
    onSubmit(
      withMunicipalityCode({
        municipality: municipality.trim(),
        year,
        respondentRole: role,
        date: date.trim(),
      }),
    );
  };
  return (
    <form className="panel library-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t("edit.heading", { name: rowName(row) })}
      </h2>
      <Field id={`${id}-municipality`} label={t("edit.municipality")} errorText={errors.municipality}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            value={municipality}
            onChange={(event) => setMunicipality(event.currentTarget.value)}
          />
        )}
      </Field>
      <YearField
        id={`${id}-year`}
        label={t("edit.year")}
        value={yearText}
        errorText={errors.year}
        onChange={setYearText}
      />
      <SelectField
        id={`${id}-role`}
        label={t("edit.role")}
        value={role}
        options={RESPONDENT_ROLES.map((option) => ({ value: option, label: tc(`role.${option}`) }))}
        onChange={setRole}
        isCompact
      />
      <Field id={`${id}-date`} label={t("edit.date")} errorText={errors.date}>
        {(control) => (
          <input
            {...control}
            type="date"
            className="text-input input-short"
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t("edit.submit")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("edit.cancel")}
        </button>
      </div>
    </form>
  );
}
