import { type ChangeEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import type { WorkshopMember } from "../../domain/workshop";
import { Alert } from "../../ui/alert";
import { ProblemList } from "../../ui/problem-list";
import type { AssociationAnswers, FileResult } from "./use-association-answers";

function ResultEntry({ result }: { result: FileResult }) {
  const { t } = useTranslation("perspectives");
  switch (result.kind) {
    case "accepted":
      return (
        <li>
          {t(result.isUpdate ? "files.updated" : "files.accepted", { file: result.sourceName })}
          {result.isOtherMunicipality && <> {t("files.otherMunicipality")}</>}
          {result.dropped.length > 0 && <> {t("files.dropped", { count: result.dropped.length })}</>}
        </li>
      );
    case "rejected":
      return (
        <li>
          {t("files.rejected", { file: result.sourceName })}
          <ProblemList problems={result.problems} />
        </li>
      );
    default:
      return <li>{t(`files.${result.kind}`, { file: result.sourceName })}</li>;
  }
}

/** File names stay behind a disclosure: the view itself never names an association. */
function KeptFiles({
  members,
  onRemove,
}: {
  members: readonly WorkshopMember[];
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation("perspectives");
  if (members.length === 0) return null;
  return (
    <details className="perspectives-kept">
      <summary>{t("files.keptSummary", { count: members.length })}</summary>
      <ul>
        {members.map((member) => (
          <li key={member.assessment.id}>
            {member.fileName}{" "}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => onRemove(member.assessment.id)}
            >
              {t("files.remove", { file: member.fileName })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Picking the associations' files: each is accepted or refused with its reason; one bad file stops none. */
export function AssociationFiles({ answers }: { answers: AssociationAnswers }) {
  const { t } = useTranslation("perspectives");
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const { progress, results, workshop } = answers;
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    // Cleared so that picking the same file again reports again.
    event.currentTarget.value = "";
    if (files.length > 0) void answers.add(files);
  };
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t("files.heading")}</h2>
      <p>{t("files.intro")}</p>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t("files.pick")}
        </label>
        <p id={hintId} className="field-hint">
          {t("files.pickHint")}
        </p>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={hintId}
          disabled={progress !== null}
          onChange={onChange}
        />
      </div>
      <div role="status" className="perspectives-status">
        {progress && <p>{t("files.progress", { done: progress.done, total: progress.total })}</p>}
        {results.length > 0 && (
          <ul className="perspectives-results" aria-label={t("files.resultsLabel")}>
            {results.map((result, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one entry per picked file, in order
              <ResultEntry key={index} result={result} />
            ))}
          </ul>
        )}
      </div>
      {answers.saveFailed && (
        <Alert tone="error" title={t("files.saveFailedTitle")}>
          <p>{t("files.saveFailedBody")}</p>
        </Alert>
      )}
      <KeptFiles members={workshop?.members ?? []} onRemove={(id) => void answers.remove(id)} />
    </section>
  );
}
