import { useTranslation } from "react-i18next";
import { useWorkshopStore, type WorkshopProblem } from "../../store/workshops";
import { Alert } from "../../ui/alert";
import { downloadTextFile } from "../../ui/download";
import { ProblemList } from "../../ui/problem-list";

function ProblemAlert({ problem }: { problem: WorkshopProblem }) {
  const { t } = useTranslation("workshop");
  const dismiss = useWorkshopStore((state) => state.dismissProblem);
  const dismissButton = (
    <button type="button" className="button button-secondary" onClick={() => dismiss(problem)}>
      {t("problems.dismiss")}
    </button>
  );
  if (problem.kind === "writeFailed") {
    return (
      <Alert tone="error" title={t("problems.writeFailedTitle")}>
        <p>{t("problems.writeFailedBody", { error: problem.errorName })}</p>
        <div className="button-row">{dismissButton}</div>
      </Alert>
    );
  }
  return (
    <Alert tone="error" title={t("problems.damagedTitle")}>
      <p>{t("problems.damagedBody", { id: problem.id })}</p>
      <ProblemList problems={problem.problems} />
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadTextFile(`workshop-${problem.id}.json`, problem.raw)}
        >
          {t("problems.download")}
        </button>
        {dismissButton}
      </div>
    </Alert>
  );
}

/** A workshop that could not be read or written is told at once; nothing stored is changed by it. */
export function WorkshopProblems() {
  const problems = useWorkshopStore((state) => state.problems);
  return problems.map((problem) => (
    <ProblemAlert key={problem.kind === "setAside" ? problem.id : problem.kind} problem={problem} />
  ));
}
