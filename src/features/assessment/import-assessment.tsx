import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import { droppedEntryCount, type Problem } from "../../domain/problems";
import { useAppStore } from "../../store/app-store";
import { Alert } from "../../ui/alert";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { paths } from "../../ui/paths";
import { ProblemList } from "../../ui/problem-list";
import { navigate } from "../../ui/router";
import { announceImport } from "./import-notice";

interface Failure {
  fileName: string;
  problems: Problem[];
}

interface Pending {
  fileName: string;
  assessment: Assessment;
}

/** A file whose frame is valid but some entries are not: the valid part waits for the user's word. */
interface PartialFile extends Pending {
  dropped: Problem[];
}

/**
 * Nothing in the store changes until the file is valid (or the user takes its valid part) and, if the open
 * assessment holds any work (see isUntouched), the user agrees to replace it.
 */
export function ImportAssessment({ asksFirst, isReady }: { asksFirst: boolean; isReady: boolean }) {
  const { t } = useTranslation("assessment");
  const replaceAssessment = useAppStore((state) => state.replaceAssessment);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [partial, setPartial] = useState<PartialFile | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();

  const apply = ({ fileName, assessment }: Pending) => {
    replaceAssessment(assessment);
    announceImport(fileName);
    navigate(paths.details);
  };

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change.
    input.value = "";
    if (!file) return;
    setFailure(null);
    setPartial(null);
    // The reader (migrations, the salvage import, the municipality codes) loads when a file is chosen.
    const { readChosenFile } = await import("../../store/read-chosen-file");
    const result = await readChosenFile(file);
    if (!result.ok) {
      setFailure({ fileName: file.name, problems: result.problems });
      return;
    }
    const { assessment, dropped } = result.value;
    if (dropped.length > 0) setPartial({ fileName: file.name, assessment, dropped });
    else offer({ fileName: file.name, assessment });
  };

  const offer = (next: Pending) => {
    if (asksFirst) setPending(next);
    else apply(next);
  };

  return (
    <section className="import-assessment" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("import.heading")}</h3>
      <p id={hintId}>{t("import.hint")}</p>
      <label htmlFor={inputId} className="field-label">
        {t("import.label")}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        className="file-input"
        aria-describedby={hintId}
        disabled={!isReady}
        onChange={onChange}
      />
      {failure && (
        <Alert tone="error" title={t("import.errorTitle")}>
          <p>{t("import.errorIntro", { file: failure.fileName })}</p>
          <ProblemList problems={failure.problems} />
        </Alert>
      )}
      {partial && (
        <Alert tone="error" title={t("import.partialTitle")}>
          <p>{t("import.partialIntro", { file: partial.fileName })}</p>
          <ProblemList problems={partial.dropped} />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setPartial(null);
                offer(partial);
              }}
            >
              {t("import.partialConfirm", { count: droppedEntryCount(partial.dropped) })}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setPartial(null)}>
              {t("start.cancel")}
            </button>
          </div>
        </Alert>
      )}
      <ConfirmDialog
        isOpen={pending !== null}
        title={t("import.confirmTitle")}
        body={t("import.confirmBody", { file: pending?.fileName ?? "" })}
        confirmLabel={t("import.confirm")}
        cancelLabel={t("start.cancel")}
        onConfirm={() => {
          if (pending) apply(pending);
          setPending(null);
        }}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
