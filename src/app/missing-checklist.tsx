import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/app-store";
import { Alert } from "../ui/alert";
import { downloadAssessmentFile } from "../ui/download";

/**
 * The saved assessment answers a checklist version this build does not ship (e.g. after an update that
 * dropped it). Its answers stay untouched; the user can take them out as a file before starting anew.
 */
export function MissingChecklist() {
  const { t } = useTranslation();
  const assessment = useAppStore((state) => state.assessment);
  if (!assessment) return null;
  const { id, version } = assessment.checklist;
  return (
    <Alert tone="error" title={t("missingChecklist.title")}>
      <p>{t("missingChecklist.body", { id, version })}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void downloadAssessmentFile(assessment)}
        >
          {t("missingChecklist.download")}
        </button>
      </div>
    </Alert>
  );
}
