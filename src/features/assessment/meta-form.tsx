import { memo, useEffect, useId, useState } from "react";
import { type Control, type FieldError, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type AssessmentMeta, RESPONDENT_ROLES } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import { MUNICIPALITIES, matchMunicipality, municipalityName, regionOf } from "../../domain/municipalities";
import { useAppStore } from "../../store/app-store";
import { ChoiceOption } from "../../ui/choice-option";
import { describedBy } from "../../ui/form-errors";
import { type MetaField, metaResolver, validMetaFields } from "./meta-form-values";

type SaveState = "idle" | "saved" | "notSaved";

const ERROR_KEYS = {
  municipality: "details.errors.municipalityTooLong",
  year: "details.errors.year",
  date: "details.errors.date",
  respondentRole: "details.errors.role",
  municipalityCode: "details.errors.municipalityTooLong",
} as const satisfies Record<MetaField, string>;

/** One option per municipality (309): kept out of the form's re-renders, which happen on every keystroke. */
const MunicipalityOptions = memo(function MunicipalityOptions({
  id,
  language,
}: {
  id: string;
  language: Language;
}) {
  return (
    <datalist id={id}>
      {MUNICIPALITIES.map((municipality) => (
        <option key={municipality.code} value={municipalityName(municipality, language)} />
      ))}
    </datalist>
  );
});

/**
 * The official municipality the typed name matches, said quietly under the field; empty for any other name.
 * Always rendered, so screen readers announce the change of an existing live region.
 */
function MunicipalityMatch({
  id,
  control,
  language,
}: {
  id: string;
  control: Control<AssessmentMeta>;
  language: Language;
}) {
  const { t } = useTranslation("assessment");
  const typed = useWatch({ control, name: "municipality" });
  const municipality = matchMunicipality(typed ?? "");
  const region = municipality && regionOf(municipality);
  return (
    <p id={id} className="field-hint" aria-live="polite">
      {municipality && region
        ? t("details.municipalityMatch", {
            name: municipalityName(municipality, language),
            code: municipality.code,
            region: municipalityName(region, language),
          })
        : null}
    </p>
  );
}

function FieldErrorText({
  id,
  field,
  error,
}: {
  id: string;
  field: MetaField;
  error: FieldError | undefined;
}) {
  const { t } = useTranslation("assessment");
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {t(ERROR_KEYS[field])}
    </p>
  );
}

/** Metadata of the assessment. Every valid change is saved as the user types; there is no save button. */
export function MetaForm({ initial }: { initial: AssessmentMeta }) {
  const { t } = useTranslation("assessment");
  const { t: tCommon } = useTranslation();
  const language = useAppStore((state) => state.language);
  const updateMeta = useAppStore((state) => state.updateMeta);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  // A valid change the database then refused is not "saved": the storage alert says what to do.
  const hasWriteFailed = useAppStore((state) => state.saveStatus === "failed");
  const {
    register,
    watch,
    control,
    formState: { errors },
  } = useForm<AssessmentMeta>({ defaultValues: initial, mode: "onTouched", resolver: metaResolver });
  const id = useId();
  const ids = {
    municipality: `${id}-municipality`,
    municipalityHint: `${id}-municipality-hint`,
    municipalityMatch: `${id}-municipality-match`,
    municipalityError: `${id}-municipality-error`,
    list: `${id}-municipalities`,
    year: `${id}-year`,
    yearHint: `${id}-year-hint`,
    yearError: `${id}-year-error`,
    roleError: `${id}-role-error`,
    date: `${id}-date`,
    dateError: `${id}-date-error`,
  };

  useEffect(() => {
    const subscription = watch((values, { name }) => {
      if (name === undefined) return;
      const { changes, isValid } = validMetaFields(values);
      updateMeta(changes);
      setSaveState(isValid ? "saved" : "notSaved");
    });
    return () => subscription.unsubscribe();
  }, [watch, updateMeta]);

  return (
    <form className="panel meta-form" noValidate onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={ids.municipality} className="field-label">
          {t("details.municipality")}
        </label>
        <p id={ids.municipalityHint} className="field-hint">
          {t("details.municipalityHint")}
        </p>
        <input
          id={ids.municipality}
          type="text"
          list={ids.list}
          autoComplete="off"
          className="text-input"
          aria-invalid={errors.municipality ? true : undefined}
          aria-describedby={describedBy(
            ids.municipalityHint,
            ids.municipalityMatch,
            !!errors.municipality && ids.municipalityError,
          )}
          {...register("municipality")}
        />
        <MunicipalityOptions id={ids.list} language={language} />
        <MunicipalityMatch id={ids.municipalityMatch} control={control} language={language} />
        <FieldErrorText id={ids.municipalityError} field="municipality" error={errors.municipality} />
      </div>

      <div className="field">
        <label htmlFor={ids.year} className="field-label">
          {t("details.year")}
        </label>
        <p id={ids.yearHint} className="field-hint">
          {t("details.yearHint")}
        </p>
        <input
          id={ids.year}
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          className="text-input input-short"
          aria-invalid={errors.year ? true : undefined}
          aria-describedby={describedBy(ids.yearHint, !!errors.year && ids.yearError)}
          {...register("year", { valueAsNumber: true })}
        />
        <FieldErrorText id={ids.yearError} field="year" error={errors.year} />
      </div>

      <fieldset className="field" aria-describedby={errors.respondentRole ? ids.roleError : undefined}>
        <legend className="field-label">{t("details.role")}</legend>
        <div className="choices">
          {RESPONDENT_ROLES.map((role) => (
            <ChoiceOption
              key={role}
              id={`${id}-role-${role}`}
              value={role}
              label={tCommon(`role.${role}`)}
              {...register("respondentRole")}
            />
          ))}
        </div>
        <FieldErrorText id={ids.roleError} field="respondentRole" error={errors.respondentRole} />
      </fieldset>

      <div className="field">
        <label htmlFor={ids.date} className="field-label">
          {t("details.date")}
        </label>
        <input
          id={ids.date}
          type="date"
          className="text-input input-short"
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={errors.date ? ids.dateError : undefined}
          {...register("date")}
        />
        <FieldErrorText id={ids.dateError} field="date" error={errors.date} />
      </div>

      <p role="status" className="save-status">
        {saveState === "saved" && hasWriteFailed
          ? tCommon("storage.writeFailed.title")
          : t(`details.${saveState}`)}
      </p>
    </form>
  );
}
