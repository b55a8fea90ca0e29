import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConflictChoice, ImportConflict } from "../../store/library";
import { useRowName } from "./use-row-name";

const CHOICES: readonly ConflictChoice[] = ["skip", "keepBoth", "replace"];

interface ConflictChoicesProps {
  conflicts: readonly ImportConflict[];
  onSubmit: (choices: ConflictChoice[]) => void;
}

const named = ({ meta }: ImportConflict["existing"]) => ({
  municipality: meta.municipality,
  year: meta.year,
  role: meta.respondentRole,
});

/** One question per match. Skipping is preselected: nothing saved changes unless the user asks. */
export function ConflictChoices({ conflicts, onSubmit }: ConflictChoicesProps) {
  const { t } = useTranslation("library");
  const rowName = useRowName();
  const [choices, setChoices] = useState<ConflictChoice[]>(() => conflicts.map(() => "skip"));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(choices);
  };
  return (
    <form className="panel library-form" onSubmit={submit}>
      <h3>{t("conflicts.heading", { count: conflicts.length })}</h3>
      <p>{t("conflicts.intro")}</p>
      {conflicts.map((conflict, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of questions; names may repeat
        <fieldset key={index} className="field library-conflict">
          <legend className="field-label">
            {t(`conflicts.${conflict.reason}`, {
              file: conflict.sourceName,
              saved: rowName(named(conflict.existing)),
            })}
          </legend>
          {CHOICES.map((choice) => (
            <label key={choice} className="option-field">
              <input
                type="radio"
                name={`conflict-${index}`}
                value={choice}
                checked={choices[index] === choice}
                onChange={() => setChoices((all) => all.map((old, at) => (at === index ? choice : old)))}
              />
              {t(`conflicts.${choice}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t("conflicts.apply")}
        </button>
      </div>
    </form>
  );
}
