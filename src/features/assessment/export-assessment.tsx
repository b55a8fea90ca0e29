import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useAssessmentDownload } from "../../ui/use-assessment-download";
import { ShareLinkSection } from "./share-link-section";

/** Answers leave the browser only in what the user makes: a file they save, or a link they copy. */
export function ExportAssessment() {
  const { t } = useTranslation("assessment");
  const { t: tCommon } = useTranslation();
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
        {/* A live region, not role=status: the details page's own status is the one "status" on the page. */}
        <p aria-live="polite" className="export-status">
          {fileName && tCommon("fileDownloaded", { file: fileName })}
        </p>
      </section>
      <ShareLinkSection />
    </>
  );
}
