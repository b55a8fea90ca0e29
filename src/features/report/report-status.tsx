import { useTranslation } from "react-i18next";
import { CodeLoadMessage, reloadWhenOnline } from "../../ui/page-load-error";
import type { CreationStatus } from "./use-file-creation";

/** Progress, the finished file and errors, announced politely in the user's language. */
export function ReportStatus({ status }: { status: CreationStatus }) {
  const { t } = useTranslation("report");
  return (
    <div className="report-status" role="status" aria-live="polite">
      {status.kind === "working" && <p className="report-working">{t("page.creating")}</p>}
      {status.kind === "done" && (
        <p className="alert alert-success">{t("page.created", { file: status.fileName })}</p>
      )}
      {status.kind === "notLoaded" && <CodeLoadMessage part onRetry={reloadWhenOnline} />}
      {status.kind === "failed" && (
        <div className="alert alert-error">
          <p className="alert-title">{t("page.errorTitle")}</p>
          <p>{t("page.errorBody")}</p>
        </div>
      )}
    </div>
  );
}
