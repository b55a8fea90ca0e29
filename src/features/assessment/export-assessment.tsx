import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DownloadStatus } from "../../ui/download-status";
import { useAssessmentDownload } from "../../ui/use-assessment-download";
import { ShareLinkSection } from "./share-link-section";

/** Answers leave the browser only in what the user makes: a file they save, or a link they copy. */
export function ExportAssessment() {
  const { t } = useTranslation("assessment");
  const headingId = useId();
  const { download, fileName } = useAssessmentDownload();
  return (
    <>
      <section className="panel export-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t("details.exportHeading")}</h2>
        <p>{t("details.exportBody")}</p>
        <button type="button" className="button button-primary" onClick={download}>
          {t("details.exportButton")}
        </button>
        <DownloadStatus fileName={fileName} />
      </section>
      <ShareLinkSection />
    </>
  );
}
