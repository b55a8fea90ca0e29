import "../i18n";
import "../report.css";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../../domain/assessment";
import type { Checklist } from "../../../domain/checklist";
import { buildReport } from "../../../domain/report";
import { useAppStore } from "../../../store/app-store";
import { useActiveChecklist } from "../../../store/checklists";
import { NoAssessmentNote } from "../../../ui/no-assessment-note";
import { Page } from "../../../ui/page";
import { CodeLoadMessage, reloadWhenOnline } from "../../../ui/page-load-error";
import { paths } from "../../../ui/paths";
import { Link } from "../../../ui/router";
import { reportDocument } from "../document/report-document";
import { reportChoices, reportValues, useReportSources } from "../use-report-sources";
import { ReportBlocks } from "./report-blocks";
import { useLanguageTexts } from "./use-language-texts";
import { readViewQuery } from "./view-query";

/** Printing and the way back: on the screen only, never in the printed report. */
function ViewTools() {
  const { t } = useTranslation("report");
  return (
    <div className="report-view-tools">
      <p>{t("view.hint")}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t("view.print")}
        </button>
        <Link to={paths.report} className="button button-secondary">
          {t("view.back")}
        </Link>
      </div>
    </div>
  );
}

function ReportView({
  checklist,
  assessment,
  query,
}: {
  checklist: Checklist;
  assessment: Assessment;
  query: string;
}) {
  const { t, i18n } = useTranslation("report");
  const uiLanguage = useAppStore((state) => state.language);
  const sources = useReportSources(checklist, assessment);
  const values = reportValues(readViewQuery(query), uiLanguage, sources);
  const texts = useLanguageTexts(values.language);
  const titleId = useId();
  // The date the view was opened, as a PDF made now would carry.
  const [generatedAt] = useState(() => new Date());
  const { loaded, perceptions } = sources;
  const isReady = loaded.status !== "loading" && texts === "ready";
  // Built on each render: a report is a few milliseconds, and this page re-renders only when its inputs change.
  const document = isReady
    ? reportDocument(
        buildReport({
          checklist,
          assessment,
          practices: loaded.practices,
          perceptions,
          generatedAt,
          ...reportChoices(values, sources),
        }),
        i18n,
      )
    : null;
  if (texts === "failed" || loaded.status === "failed")
    return (
      <Page title={t("view.title")}>
        <CodeLoadMessage part onRetry={reloadWhenOnline} />
      </Page>
    );
  if (!document)
    return (
      <Page title={t("view.title")}>
        <p aria-busy="true">{t("view.loading")}</p>
      </Page>
    );
  return (
    <Page title={document.title} lang={values.language} titleId={titleId}>
      <ViewTools />
      <article className="report-view" lang={values.language} aria-labelledby={titleId}>
        <ReportBlocks blocks={document.blocks} titleId={titleId} />
      </article>
    </Page>
  );
}

/**
 * The report as a page: the same blocks as the Word file, from the same report model as the PDF. It is the
 * accessible alternative to the untagged PDF: printed from Chromium or Edge it gives a tagged PDF.
 */
export default function ReportViewPage({ query }: { query: string }) {
  const { t } = useTranslation("report");
  const assessment = useAppStore((state) => state.assessment);
  const checklist = useActiveChecklist();
  if (assessment === null)
    return (
      <Page title={t("view.title")}>
        <NoAssessmentNote
          title={t("view.noAssessment")}
          body={t("page.empty")}
          startLabel={t("page.start")}
        />
      </Page>
    );
  if (checklist === null)
    return (
      <Page title={t("view.title")}>
        <p>{t("page.noChecklist")}</p>
      </Page>
    );
  return <ReportView checklist={checklist} assessment={assessment} query={query} />;
}
