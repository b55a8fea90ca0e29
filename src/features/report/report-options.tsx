import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Example } from "../../domain/example-file";
import { LANGUAGES, type Language } from "../../domain/localized";
import { useAppStore } from "../../store/app-store";

export interface ReportOptionValues {
  language: Language;
  /** An example's id, or null for no comparison. */
  exampleId: string | null;
  includeNotes: boolean;
  /** The earlier year for "change since", or null for none. */
  sinceYear: number | null;
}

interface ReportOptionsProps {
  values: ReportOptionValues;
  onChange: (values: ReportOptionValues) => void;
  examples: readonly Example[];
  isLoadingExamples: boolean;
  /** Earlier years of the same municipality and role, oldest first; none hides the choice. */
  earlierYears: readonly number[];
}

/** The report's language, each named in itself. */
export function LanguageOptions({
  language: chosen,
  onChange,
}: {
  language: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation("report");
  const { t: tCommon } = useTranslation();
  const name = useId();
  return (
    <fieldset className="report-options">
      <legend className="field-label">{t("page.language")}</legend>
      {LANGUAGES.map((language) => (
        <div className="option-field" key={language}>
          <input
            type="radio"
            id={`${name}-${language}`}
            name={name}
            checked={chosen === language}
            onChange={() => onChange(language)}
          />
          {/* Each language named in itself, as in the language switch. */}
          <label htmlFor={`${name}-${language}`} lang={language}>
            {tCommon(`language.${language}`)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

interface Choice<T> {
  value: T;
  label: string;
}

/** One radio button a choice, named together; `null` is the "none" choice. */
function RadioChoices<T extends string | number | null>({
  choices,
  chosen,
  onChoose,
}: {
  choices: readonly Choice<T>[];
  chosen: T;
  onChoose: (value: T) => void;
}) {
  const name = useId();
  return choices.map((choice) => {
    const id = `${name}-${choice.value ?? "none"}`;
    return (
      <div className="option-field" key={id}>
        <input
          type="radio"
          id={id}
          name={name}
          checked={chosen === choice.value}
          onChange={() => onChoose(choice.value)}
        />
        <label htmlFor={id}>{choice.label}</label>
      </div>
    );
  });
}

function ExampleOptions({ values, onChange, examples, isLoadingExamples }: ReportOptionsProps) {
  const { t } = useTranslation("report");
  const uiLanguage = useAppStore((state) => state.language);
  const choices: Choice<string | null>[] = [
    ...examples.map((example) => ({
      value: example.profile.id,
      label: t("page.exampleOption", { name: example.profile.name[uiLanguage] }),
    })),
    { value: null, label: t("page.exampleNone") },
  ];
  return (
    <fieldset className="report-options">
      <legend className="field-label">{t("page.example")}</legend>
      {isLoadingExamples ? (
        <p aria-busy="true">{t("page.examplesLoading")}</p>
      ) : (
        <RadioChoices
          choices={choices}
          chosen={values.exampleId}
          onChoose={(exampleId) => onChange({ ...values, exampleId })}
        />
      )}
    </fieldset>
  );
}

/** "Change since <year>": the latest earlier year first, as the one a board asks about. */
function SinceOptions({ values, onChange, earlierYears }: ReportOptionsProps) {
  const { t } = useTranslation("report");
  if (earlierYears.length === 0) return null;
  const choices: Choice<number | null>[] = [
    ...[...earlierYears].reverse().map((year) => ({ value: year, label: t("page.sinceOption", { year }) })),
    { value: null, label: t("page.sinceNone") },
  ];
  return (
    <fieldset className="report-options">
      <legend className="field-label">{t("page.since")}</legend>
      <RadioChoices
        choices={choices}
        chosen={values.sinceYear}
        onChoose={(sinceYear) => onChange({ ...values, sinceYear })}
      />
    </fieldset>
  );
}

/** The report's language, the example to compare with, the earlier year and whether item notes are printed. */
export function ReportOptions(props: ReportOptionsProps) {
  const { t } = useTranslation("report");
  const { values, onChange } = props;
  const notesId = useId();
  const hintId = useId();
  return (
    <>
      <LanguageOptions
        language={values.language}
        onChange={(language) => onChange({ ...values, language })}
      />
      <ExampleOptions {...props} />
      <SinceOptions {...props} />
      <div className="option-field">
        <input
          type="checkbox"
          id={notesId}
          aria-describedby={hintId}
          checked={values.includeNotes}
          onChange={(event) => onChange({ ...values, includeNotes: event.currentTarget.checked })}
        />
        <label htmlFor={notesId}>{t("page.notes")}</label>
      </div>
      <p id={hintId} className="field-hint report-notes-hint">
        {t("page.notesHint")}
      </p>
    </>
  );
}
