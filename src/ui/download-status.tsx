import { useTranslation } from "react-i18next";

/**
 * Names the file just saved. A browser's download gives no sign a screen reader hears, so the page says it,
 * in a live region rather than role=status: a page keeps its own status for saving.
 */
export function DownloadStatus({ fileName }: { fileName: string | null }) {
  const { t } = useTranslation();
  return (
    <p aria-live="polite" className="download-status">
      {fileName && t("fileDownloaded", { file: fileName })}
    </p>
  );
}
