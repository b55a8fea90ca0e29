import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { adaptedChecklistId, deriveChecklist } from "../../domain/adapted-checklist";
import { latestChecklist } from "../../domain/registry-lookup";
import { checklistKey } from "../../domain/stored-checklist";
import { useAdaptedChecklists } from "../../store/adapted-checklists";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { TitledSection } from "../../ui/titled-section";
import { TextField } from "./text-field";

/** A new adapted checklist from the newest shipped base, named by the user in their language. */
export function CreateAdaptation({ onCreated }: { onCreated: (key: string) => void }) {
  const { t } = useTranslation("adapt");
  const language = useAppStore((state) => state.language);
  const base = latestChecklist(useChecklistRegistry());
  const save = useAdaptedChecklists((state) => state.save);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  if (!base) return null;
  const create = async () => {
    const trimmed = name.trim();
    if (trimmed === "") {
      setError(t("create.nameRequired"));
      return;
    }
    // One name in every language: the user wrote it, and a translation would be made up.
    const title = { fi: trimmed, sv: trimmed, en: trimmed };
    const checklist = deriveChecklist(
      base,
      adaptedChecklistId(trimmed, globalThis.crypto.randomUUID()),
      title,
    );
    await save(checklist);
    onCreated(checklistKey(checklist));
  };
  return (
    <TitledSection title={t("create.title")} className="adapt-create">
      <p>{t("create.base", { title: base.title[language], version: base.version })}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <TextField
          id={`${id}-name`}
          label={t("create.name")}
          hint={t("create.nameHint")}
          value={name}
          onChange={setName}
          errorText={error}
        />
        <button type="submit" className="button button-primary">
          {t("create.submit")}
        </button>
      </form>
    </TitledSection>
  );
}
