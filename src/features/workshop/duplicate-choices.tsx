import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { assessedMunicipalityName } from "../../domain/municipalities";
import type { Workshop } from "../../domain/workshop";
import { useAppStore } from "../../store/app-store";
import { useWorkshopStore } from "../../store/workshops";
import { applyChoices, choicesFor, type Duplicate, type DuplicateChoice } from "./sort-outcomes";

interface DuplicateChoicesProps {
  workshop: Workshop;
  duplicates: readonly Duplicate[];
  onDone: () => void;
}

/** One question per duplicate. Keeping the saved one is preselected: nothing saved changes unless asked. */
export function DuplicateChoices({ workshop, duplicates, onDone }: DuplicateChoicesProps) {
  const { t } = useTranslation("workshop");
  const addMembers = useWorkshopStore((state) => state.addMembers);
  const [choices, setChoices] = useState<DuplicateChoice[]>(() => duplicates.map(() => "keepSaved"));
  const language = useAppStore((state) => state.language);
  const saved = new Map(workshop.members.map((member) => [member.assessment.id, member]));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { members, replaceIds } = applyChoices(duplicates, choices);
    if (members.length > 0) await addMembers(workshop.id, members, replaceIds);
    onDone();
  };
  return (
    <form className="panel duplicate-choices" onSubmit={onSubmit}>
      <h2>{t("duplicates.heading", { count: duplicates.length })}</h2>
      <p>{t("duplicates.intro")}</p>
      {duplicates.map((duplicate, index) => {
        const existing = saved.get(duplicate.existingId);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of questions
          <fieldset key={index} className="field duplicate-choice">
            <legend className="field-label">
              {t(`duplicates.${duplicate.reason}`, {
                file: duplicate.member.fileName,
                name: assessedMunicipalityName(duplicate.member.assessment.meta, language),
                saved: existing?.fileName ?? duplicate.existingId,
              })}
            </legend>
            {choicesFor(duplicate).map((choice) => (
              <label key={choice} className="option-field">
                <input
                  type="radio"
                  name={`duplicate-${index}`}
                  value={choice}
                  checked={choices[index] === choice}
                  onChange={() => setChoices((all) => all.map((old, at) => (at === index ? choice : old)))}
                />
                {t(`duplicates.${choice}`)}
              </label>
            ))}
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t("duplicates.apply")}
        </button>
      </div>
    </form>
  );
}
