import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/app-store";
import { readBackup } from "../store/storage";
import { Alert } from "../ui/alert";
import { downloadTextFile } from "../ui/download";
import { ProblemList } from "../ui/problem-list";

export function StorageProblemBanner() {
  const { t } = useTranslation();
  const problem = useAppStore((state) => state.storageProblem);
  const dismiss = useAppStore((state) => state.dismissStorageProblem);
  if (!problem) return null;
  const { backupKey } = problem;
  const backupText = backupKey ? readBackup(backupKey) : null;
  return (
    <Alert tone="error" title={t("storageError.title")}>
      <p>{t("storageError.body")}</p>
      <ProblemList problems={problem.problems} />
      <div className="button-row">
        {backupText !== null && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => downloadTextFile("kumppanuuspeili-backup.json", backupText)}
          >
            {t("storageError.download")}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={dismiss}>
          {t("storageError.dismiss")}
        </button>
      </div>
    </Alert>
  );
}
