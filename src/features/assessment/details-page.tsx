import "./assessment.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { Alert } from "../../ui/alert";
import { Page } from "../../ui/page";
import { ExportAssessment } from "./export-assessment";
import { useImportNotice } from "./import-notice";
import { MetaForm } from "./meta-form";
import { NoAssessment } from "./no-assessment";
import { ThemeOverview } from "./theme-overview";

export function DetailsPage() {
  const { t } = useTranslation("assessment");
  const hasAssessment = useAppStore((state) => state.assessment !== null);
  const importedFile = useImportNotice();
  return (
    <Page title={t("details.title")}>
      {importedFile && <Alert tone="success">{t("details.imported", { file: importedFile })}</Alert>}
      {hasAssessment ? <DetailsContent /> : <NoAssessment />}
    </Page>
  );
}

function DetailsContent() {
  const { t } = useTranslation("assessment");
  // Read once: the form owns its values while it is open and writes them back to the store.
  const [initialMeta] = useState(() => useAppStore.getState().assessment?.meta);
  if (!initialMeta) return null;
  return (
    <>
      <h2>{t("details.metaHeading")}</h2>
      <MetaForm initial={initialMeta} />
      <ThemeOverview />
      <ExportAssessment />
    </>
  );
}
