import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { adaptedChecklistId, putItem } from "../../domain/adapted-checklist";
import { ChecklistSchema } from "../../domain/checklist";
import { LANGUAGES, type Language } from "../../domain/localized";
import { parseWith } from "../../domain/problems";
import { useAppStore } from "../../store/app-store";
import { SelectField } from "../../ui/select-field";
import { TitledSection } from "../../ui/titled-section";
import type { EditorSave } from "./local-sources-form";
import { TextField } from "./text-field";

const FIELDS = ["text", "help", "suggestion"] as const;
type Field = (typeof FIELDS)[number];
type Written = Record<Field, Record<Language, string>>;
const WEIGHTS = ["1", "2", "3"] as const;

const empty = (): Written =>
  Object.fromEntries(FIELDS.map((field) => [field, { fi: "", sv: "", en: "" }])) as Written;

/** Only the languages written: the checklist, when read, shows a missing one as missing. */
function partial(texts: Record<Language, string>) {
  return Object.fromEntries(
    LANGUAGES.flatMap((language) => (texts[language].trim() ? [[language, texts[language].trim()]] : [])),
  );
}

/** An item of the region's own, in at least one language, resting on one of its local sources. */
export function LocalItemForm({ checklist, saveChecklist }: EditorSave) {
  const { t } = useTranslation("adapt");
  const language = useAppStore((state) => state.language);
  const sources = checklist.adaptation?.localSources ?? [];
  const [themeId, setThemeId] = useState(checklist.themes[0]?.id ?? "");
  const [written, setWritten] = useState(empty);
  const [weight, setWeight] = useState<(typeof WEIGHTS)[number]>("2");
  const [sourceId, setSourceId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const chosenSource = sources.find((source) => source.id === sourceId) ?? sources[0];
  const add = async () => {
    const incomplete = FIELDS.some((field) => Object.keys(partial(written[field])).length === 0);
    if (incomplete) return setError(t("local.textRequired"));
    if (!chosenSource) return setError(t("local.sourceRequired"));
    setError(null);
    const raw = {
      id: adaptedChecklistId(
        written.text[language] || Object.values(partial(written.text))[0] || "oma",
        globalThis.crypto.randomUUID(),
      ),
      local: true,
      text: partial(written.text),
      help: partial(written.help),
      suggestion: partial(written.suggestion),
      weight: Number(weight),
      sources: [],
      localSources: [chosenSource.id],
    };
    // Read as a file would be, so the missing translations are filled and named exactly as on loading.
    const placed = putItem(checklist, themeId, raw as never);
    const read = parseWith(ChecklistSchema, placed);
    if (!read.ok) return setError(t("local.textRequired"));
    const theme = checklist.themes.find((candidate) => candidate.id === themeId);
    if (await saveChecklist(read.value, t("local.added", { theme: theme?.title[language] ?? themeId })))
      setWritten(empty());
  };
  return (
    <TitledSection title={t("local.title")} className="adapt-local">
      <p className="field-hint">{t("local.hint")}</p>
      <SelectField
        id={`${id}-theme`}
        label={t("local.theme")}
        value={themeId}
        options={checklist.themes.map((theme) => ({ value: theme.id, label: theme.title[language] }))}
        onChange={setThemeId}
      />
      {FIELDS.map((field) =>
        LANGUAGES.map((lang) => (
          <TextField
            key={`${field}-${lang}`}
            id={`${id}-${field}-${lang}`}
            lang={lang}
            label={t(`local.${field}`, { language: t(`language.${lang}`) })}
            value={written[field][lang]}
            onChange={(value) => setWritten({ ...written, [field]: { ...written[field], [lang]: value } })}
          />
        )),
      )}
      <SelectField
        id={`${id}-weight`}
        label={t("local.weight")}
        value={weight}
        options={WEIGHTS.map((value) => ({ value, label: value }))}
        onChange={setWeight}
      />
      {sources.length > 0 && (
        <SelectField
          id={`${id}-source`}
          label={t("local.source")}
          value={chosenSource?.id ?? ""}
          options={sources.map((source) => ({ value: source.id, label: source.title }))}
          onChange={setSourceId}
        />
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-primary" onClick={() => void add()}>
        {t("local.add")}
      </button>
    </TitledSection>
  );
}
