import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ConflictChoice, type ImportSummary, useLibraryStore } from "../../store/library";
import { Alert } from "../../ui/alert";
import { ProblemList } from "../../ui/problem-list";
import { useFileImport } from "../../ui/use-file-import";
import { ConflictChoices } from "./conflict-choices";

/**
 * One or many assessment files, or an archive of them, read in the import worker and validated as any import:
 * new ones are stored at once, matches wait for the user's choice, refused files are listed with the reasons.
 */
export function LibraryImport() {
  const { t } = useTranslation("library");
  const importOutcomes = useLibraryStore((state) => state.importOutcomes);
  const resolveConflicts = useLibraryStore((state) => state.resolveConflicts);
  const { progress, run } = useFileImport();
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [isSettled, setIsSettled] = useState(false);
  const id = useId();
  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length === 0) return;
    setSummary(null);
    setIsSettled(false);
    const { outcomes } = await run(files);
    setSummary(await importOutcomes(outcomes));
  };
  const onChoices = async (choices: ConflictChoice[]) => {
    if (!summary) return;
    await resolveConflicts(summary.conflicts, choices);
    setIsSettled(true);
  };
  return (
    <section className="panel library-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("import.heading")}</h2>
      <p>{t("import.intro")}</p>
      <div className="field">
        <label htmlFor={`${id}-files`} className="field-label">
          {t("import.choose")}
        </label>
        <input id={`${id}-files`} type="file" multiple accept=".json,application/json" onChange={onFiles} />
      </div>
      <div role="status">
        {progress && <p>{t("import.reading", { done: progress.done, total: progress.total })}</p>}
      </div>
      {summary && (
        <>
          <Alert tone={summary.refused.length > 0 ? "error" : "success"} title={t("import.resultTitle")}>
            <p>{t("import.added", { count: summary.added })}</p>
            {summary.refused.length > 0 && <p>{t("import.refused", { count: summary.refused.length })}</p>}
            {isSettled && <p>{t("conflicts.done")}</p>}
          </Alert>
          {summary.refused.length > 0 && (
            <ul className="library-refused">
              {summary.refused.map((file, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; names may repeat
                <li key={index}>
                  <p className="library-file-name">{t("import.refusedFile", { file: file.sourceName })}</p>
                  <ProblemList problems={file.problems} />
                </li>
              ))}
            </ul>
          )}
          {summary.conflicts.length > 0 && !isSettled && (
            <ConflictChoices conflicts={summary.conflicts} onSubmit={onChoices} />
          )}
        </>
      )}
    </section>
  );
}
