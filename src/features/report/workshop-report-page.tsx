import "./i18n";
import "./report.css";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { slugify } from "../../domain/assessment-file";
import type { Language } from "../../domain/localized";
import { buildRegionalReport } from "../../domain/regional-report";
import type { Workshop } from "../../domain/workshop";
import { loadLanguage } from "../../i18n/i18n";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { useWorkshopStore } from "../../store/workshops";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { fetchReportFonts } from "./pdf/font-files";
import { LanguageOptions } from "./report-options";
import { ReportStatus } from "./report-status";
import { useFileCreation } from "./use-file-creation";

function SummaryForm({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation("report");
  const uiLanguage = useAppStore((state) => state.language);
  const registry = useChecklistRegistry();
  const [picked, setPicked] = useState<Language | null>(null);
  const language = picked ?? uiLanguage;
  const { status, run } = useFileCreation();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const report = buildRegionalReport({
        name: workshop.name,
        members: workshop.members.map((member) => member.assessment),
        checklists: registry?.checklists ?? [],
        language,
        generatedAt: new Date(),
      });
      if (!report) throw new Error("no member's checklist is shipped");
      const [{ createRegionalPdf }, fonts] = await Promise.all([
        import("./pdf/create-regional-pdf"),
        fetchReportFonts(),
        loadLanguage(language),
      ]);
      const word = i18n.getFixedT(language, "report")("workshopPage.fileWord");
      const fileName = `kumppanuuspeili-${slugify(word)}-${slugify(workshop.name)}-${report.generatedOn}.pdf`;
      return { blob: createRegionalPdf(report, i18n, fonts), fileName };
    });
  };
  return (
    <form className="report-form" onSubmit={onSubmit}>
      <LanguageOptions language={language} onChange={setPicked} />
      <p>{t("page.privacy")}</p>
      <button type="submit" className="button button-primary" aria-disabled={status.kind === "working"}>
        {t("workshopPage.create")}
      </button>
      <ReportStatus status={status} />
    </form>
  );
}

/** The one-page regional summary of a workshop as a PDF, made with the report's code. */
export default function WorkshopReportPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation("report");
  const [workshop, setWorkshop] = useState<Workshop | null | undefined>(undefined);
  useEffect(() => {
    void useWorkshopStore.getState().openWorkshop(workshopId).then(setWorkshop);
  }, [workshopId]);
  return (
    <Page
      title={workshop ? t("workshopPage.title", { name: workshop.name }) : t("workshopPage.titleUnknown")}
    >
      {workshop === undefined ? (
        <p className="loading" aria-busy="true" />
      ) : workshop === null ? (
        <p>{t("workshopPage.notFound")}</p>
      ) : (
        <>
          <p className="lead">{t("workshopPage.lead", { count: workshop.members.length })}</p>
          <SummaryForm workshop={workshop} />
        </>
      )}
      <p>
        <Link to={paths.workshop(workshopId)}>{t("workshopPage.back")}</Link>
      </p>
    </Page>
  );
}
