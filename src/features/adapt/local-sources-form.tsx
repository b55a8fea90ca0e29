import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LOCAL_SOURCE_KINDS, type LocalSource } from "../../domain/adaptation";
import { adaptedChecklistId } from "../../domain/adapted-checklist";
import type { Checklist } from "../../domain/checklist";
import { SelectField } from "../../ui/select-field";
import { TitledSection } from "../../ui/titled-section";
import { TextField } from "./text-field";

type Kind = (typeof LOCAL_SOURCE_KINDS)[number];

export interface EditorSave {
  checklist: Checklist;
  saveChecklist: (checklist: Checklist, done: string) => Promise<boolean>;
}

/** The region's or municipality's own sources: a board decision, a web page, a document, with title and date. */
export function LocalSourcesForm({ checklist, saveChecklist }: EditorSave) {
  const { t } = useTranslation("adapt");
  const sources = checklist.adaptation?.localSources ?? [];
  const [kind, setKind] = useState<Kind>("decision");
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [date, setDate] = useState("");
  const [error, setError] = useState<{ title?: string; url?: string }>({});
  const id = useId();
  const add = async () => {
    const problems = {
      title: title.trim() === "" || date === "" ? t("sources.titleRequired") : undefined,
      url: url !== "" && !/^https?:\/\/\S+$/.test(url) ? t("sources.urlInvalid") : undefined,
    };
    setError(problems);
    if (problems.title || problems.url || !checklist.adaptation) return;
    const source: LocalSource = {
      id: adaptedChecklistId(title, globalThis.crypto.randomUUID()),
      kind,
      title: title.trim(),
      date,
      ...(url ? { url } : {}),
    };
    const next = {
      ...checklist,
      adaptation: { ...checklist.adaptation, localSources: [...sources, source] },
    };
    if (await saveChecklist(next, t("sources.added", { title: source.title }))) {
      setTitle("");
      setUrl("");
      setDate("");
    }
  };
  return (
    <TitledSection title={t("sources.title")} className="adapt-sources">
      {sources.length === 0 ? (
        <p>{t("sources.none")}</p>
      ) : (
        <ul>
          {sources.map((source) => (
            <li key={source.id}>
              {t(`sources.kinds.${source.kind}`)}: {source.title}, {source.date}
              {source.url && <> – {source.url}</>}
            </li>
          ))}
        </ul>
      )}
      <SelectField
        id={`${id}-kind`}
        label={t("sources.kind")}
        value={kind}
        options={LOCAL_SOURCE_KINDS.map((value) => ({ value, label: t(`sources.kinds.${value}`) }))}
        onChange={setKind}
      />
      <TextField
        id={`${id}-title`}
        label={t("sources.titleField")}
        value={title}
        onChange={setTitle}
        errorText={error.title}
      />
      <TextField id={`${id}-date`} type="date" label={t("sources.date")} value={date} onChange={setDate} />
      <TextField
        id={`${id}-url`}
        type="url"
        label={t("sources.url")}
        value={url}
        onChange={setUrl}
        errorText={error.url}
      />
      <button type="button" className="button button-secondary" onClick={() => void add()}>
        {t("sources.add")}
      </button>
    </TitledSection>
  );
}
