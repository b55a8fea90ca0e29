import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Item } from "../../domain/checklist";
import { LANGUAGES, type Language } from "../../domain/localized";
import { useAppStore } from "../../store/app-store";
import { SelectField } from "../../ui/select-field";
import { TextField } from "./text-field";

const WEIGHTS = ["1", "2", "3"] as const;

/** The languages a local item's author left out, named in the user's language. */
export function useUntranslatedNote(item: Item): string | null {
  const { t } = useTranslation("adapt");
  const missing = item.untranslated?.text;
  if (!missing || missing.length === 0) return null;
  return t("edit.untranslated", {
    languages: missing.map((language) => t(`language.${language}`)).join(", "),
  });
}

/** One item's text in the user's language, its weight, and its wording to edit in every language. */
export function ItemEditor({ item, onSave }: { item: Item; onSave: (item: Item) => Promise<boolean> }) {
  const { t } = useTranslation("adapt");
  const language = useAppStore((state) => state.language);
  const untranslated = useUntranslatedNote(item);
  const missing = new Set<Language>(item.untranslated?.text ?? []);
  const [text, setText] = useState(() => written(item, "text"));
  const [help, setHelp] = useState(() => written(item, "help"));
  const [weight, setWeight] = useState(String(item.weight) as (typeof WEIGHTS)[number]);
  const id = useId();
  const shownIn = missing.has(language) ? item.shownIn : undefined;
  return (
    <>
      <p>
        <strong lang={shownIn}>{item.text[language]}</strong>
        {item.local && <span className="field-hint"> ({t("edit.local")})</span>}
        {untranslated && <span className="adapt-untranslated"> – {untranslated}</span>}
        <br />
        <span className="field-hint">
          {t("edit.weight")}: {item.weight}
        </span>
      </p>
      <details>
        <summary>{t("edit.wording")}</summary>
        <div className="adapt-languages">
          {LANGUAGES.map((lang) => (
            <TextField
              key={`text-${lang}`}
              id={`${id}-text-${lang}`}
              lang={lang}
              label={t("edit.text", { language: t(`language.${lang}`) })}
              value={text[lang]}
              onChange={(value) => setText({ ...text, [lang]: value })}
            />
          ))}
          {LANGUAGES.map((lang) => (
            <TextField
              key={`help-${lang}`}
              id={`${id}-help-${lang}`}
              lang={lang}
              label={t("edit.help", { language: t(`language.${lang}`) })}
              value={help[lang]}
              onChange={(value) => setHelp({ ...help, [lang]: value })}
            />
          ))}
        </div>
        <SelectField
          id={`${id}-weight`}
          label={t("edit.weight")}
          value={weight}
          options={WEIGHTS.map((value) => ({ value, label: value }))}
          onChange={setWeight}
        />
        <button
          type="button"
          className="button button-primary"
          onClick={() => void onSave(edited(item, text, help, Number(weight)))}
        >
          {t("edit.save")}
        </button>
      </details>
    </>
  );
}

type Texts = Record<Language, string>;

/** What the author wrote: a language filled in when read starts empty, so it is never saved as a translation. */
function written(item: Item, field: "text" | "help"): Texts {
  const missing = item.untranslated?.[field] ?? [];
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, missing.includes(language) ? "" : item[field][language]]),
  ) as Texts;
}

/**
 * The item with its new wording. Nothing typed in a field keeps it as it was; in a shared item a blank language
 * keeps its old text; in a local item it stays untranslated, shown in the first language written.
 */
function edited(item: Item, text: Texts, help: Texts, weight: number): Item {
  const field = (name: "text" | "help", values: Texts) => {
    const has = LANGUAGES.filter((language) => values[language].trim() !== "");
    const first = has[0];
    if (first === undefined)
      return { value: item[name], missing: item.untranslated?.[name], shownIn: item.shownIn };
    const value = (fallback: (language: Language) => string) =>
      Object.fromEntries(
        LANGUAGES.map((language) => [language, values[language].trim() || fallback(language)]),
      ) as Item["text"];
    if (!item.local)
      return { value: value((language) => item[name][language]), missing: undefined, shownIn: undefined };
    const missing = LANGUAGES.filter((language) => !has.includes(language));
    return {
      value: value(() => values[first].trim()),
      missing: missing.length > 0 ? missing : undefined,
      shownIn: first,
    };
  };
  const newText = field("text", text);
  const newHelp = field("help", help);
  const { untranslated: _untranslated, shownIn: _shownIn, ...rest } = item;
  const untranslated = Object.fromEntries(
    Object.entries({ ...item.untranslated, text: newText.missing, help: newHelp.missing }).filter(
      ([, value]) => value,
    ),
  );
  return {
    ...rest,
    text: newText.value,
    help: newHelp.value,
    weight,
    ...(Object.keys(untranslated).length > 0 ? { untranslated } : {}),
    ...(newText.missing && newText.shownIn ? { shownIn: newText.shownIn } : {}),
  };
}
