import { useTranslation } from "react-i18next";
import { type StorageProblem, useAppStore } from "../store/app-store";
import { Alert } from "../ui/alert";
import { downloadTextFile } from "../ui/download";
import { DownloadStatus } from "../ui/download-status";
import { ProblemList } from "../ui/problem-list";
import { useAssessmentDownload } from "../ui/use-assessment-download";

/** Every storage fault, told at once: what is kept, what is not, and a way to take the data out. */
export function StorageProblemBanner() {
  const problems = useAppStore((state) => state.storageProblems);
  return (
    <>
      {problems.map((problem) => (
        <StorageProblemAlert key={problemKey(problem)} problem={problem} />
      ))}
    </>
  );
}

function problemKey(problem: StorageProblem): string {
  return problem.kind === "setAside" ? `${problem.kind}:${problem.id}` : problem.kind;
}

function DownloadAssessment() {
  const { t } = useTranslation();
  const hasAssessment = useAppStore((state) => state.assessment !== null);
  const { download, fileName } = useAssessmentDownload();
  if (!hasAssessment) return null;
  return (
    <>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={download}>
          {t("storage.download")}
        </button>
      </div>
      <DownloadStatus fileName={fileName} />
    </>
  );
}

function DismissButton({ problem, label }: { problem: StorageProblem; label: string }) {
  const dismiss = useAppStore((state) => state.dismissStorageProblem);
  return (
    <button type="button" className="button button-secondary" onClick={() => dismiss(problem)}>
      {label}
    </button>
  );
}

/** Stored data this version cannot read: its problems, and the data itself exactly as stored, to keep. */
function RawDataAlert(props: {
  problem: Extract<StorageProblem, { raw: string }>;
  title: string;
  body: string;
  fileName: string;
  downloadLabel: string;
  dismissLabel: string;
}) {
  const { problem } = props;
  return (
    <Alert tone="error" title={props.title}>
      <p>{props.body}</p>
      <ProblemList problems={problem.problems} />
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadTextFile(props.fileName, problem.raw)}
        >
          {props.downloadLabel}
        </button>
        <DismissButton problem={problem} label={props.dismissLabel} />
      </div>
    </Alert>
  );
}

function StorageProblemAlert({ problem }: { problem: StorageProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case "writeFailed":
      return (
        <Alert tone="error" title={t("storage.writeFailed.title")}>
          <p>{t("storage.writeFailed.body", { error: problem.errorName })}</p>
          <DownloadAssessment />
        </Alert>
      );
    case "notKept":
      return (
        <Alert tone="error" title={t("storage.notKept.title")}>
          <p>{t(`storage.notKept.${problem.reason}`)}</p>
          <DownloadAssessment />
        </Alert>
      );
    case "setAside": {
      const isDamaged = problem.reason === "damaged";
      return (
        <RawDataAlert
          problem={problem}
          title={t(isDamaged ? "storage.setAside.damagedTitle" : "storage.setAside.newerTitle")}
          body={t(isDamaged ? "storage.setAside.damagedBody" : "storage.setAside.newerBody", {
            id: problem.id,
          })}
          fileName={`kumppanuuspeili-${problem.id}.json`}
          downloadLabel={t("storage.setAside.download")}
          dismissLabel={t("storage.setAside.dismiss")}
        />
      );
    }
    case "legacyUnreadable":
      return (
        <RawDataAlert
          problem={problem}
          title={t("storageError.title")}
          body={t("storageError.body")}
          fileName="kumppanuuspeili-backup.json"
          downloadLabel={t("storageError.download")}
          dismissLabel={t("storageError.dismiss")}
        />
      );
  }
}
