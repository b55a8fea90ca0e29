import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { downloadAssessmentFile } from "../../ui/download";
import { ShareLinkSection } from "./share-link-section";

/** Answers leave the browser only in what the user makes: a file they save, or a link they copy. */
export function ExportAssessment() {
  const { t } = useTranslation("assessment");
  const headingId = useId();
  const exportFile = () => {
    // Read at click time, so the panel does not re-render on every answer.
    const assessment = useAppStore.getState().assessment;
    if (assessment) void downloadAssessmentFile(assessment);
  };
  return (
    <>
      <section className="panel export-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t("details.exportHeading")}</h2>
        <p>{t("details.exportBody")}</p>
        <button type="button" className="button button-primary" onClick={exportFile}>
          {t("details.exportButton")}
        </button>
      </section>
      <ShareLinkSection />
    </>
  );
}
