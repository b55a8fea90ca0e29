import "./i18n";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { Page } from "../../ui/page";
import { CodeLoadMessage, reloadWhenOnline } from "../../ui/page-load-error";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import "./report.css";
import { CoverageWarning } from "./coverage-warning";
import { ReportDetails } from "./report-details";
import { ReportOptions, type ReportOptionValues } from "./report-options";
import { ReportStatus } from "./report-status";
import { useCreateReport } from "./use-create-report";
import { type ReportSources, reportChoices, reportValues, useReportSources } from "./use-report-sources";
import { viewQuery } from "./view/view-query";

const CONTENTS = [
  "cover",
  "guide",
  "summary",
  "change",
  "strengths",
  "items",
  "comparison",
  "perceptions",
  "suggestions",
  "plan",
  "sources",
] as const;

/** The associations' view is a part only when their answers have been added, the change when an earlier year is. */
function Contents({ hasPerceptions, hasEarlierYear }: { hasPerceptions: boolean; hasEarlierYear: boolean }) {
  const { t } = useTranslation("report");
  const headingId = useId();
  const parts = CONTENTS.filter(
    (part) => (part !== "perceptions" || hasPerceptions) && (part !== "change" || hasEarlierYear),
  );
  return (
    <section aria-labelledby={headingId} className="report-contents">
      <h2 id={headingId}>{t("page.contentsHeading")}</h2>
      <ul>
        {parts.map((part) => (
          <li key={part}>{t(`page.contents.${part}`)}</li>
        ))}
      </ul>
    </section>
  );
}

interface ReportFormProps {
  checklist: Checklist;
  assessment: Assessment;
  sources: ReportSources;
}

function ReportForm({ checklist, assessment, sources }: ReportFormProps) {
  const { t } = useTranslation("report");
  const uiLanguage = useAppStore((state) => state.language);
  const { loaded, perceptions, earlier } = sources;
  const headingId = useId();
  const [picked, setPicked] = useState<Partial<ReportOptionValues>>({});
  const values = reportValues(picked, uiLanguage, sources);
  const isLoading = loaded.status === "loading";
  const { status, createPdf, createDocx } = useCreateReport(
    checklist,
    assessment,
    loaded.practices,
    perceptions,
    isLoading ? undefined : reportChoices(values, sources),
  );
  // Both files take the same options; the form's submit makes the PDF, the second button the Word file.
  const make = (create: typeof createPdf) => {
    if (!isLoading) void create(reportChoices(values, sources));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    make(createPdf);
  };
  const isBusy = status.kind === "working" || isLoading;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("page.optionsHeading")}</h2>
      <form className="report-form" onSubmit={onSubmit}>
        <ReportOptions
          values={values}
          onChange={setPicked}
          examples={loaded.examples}
          isLoadingExamples={isLoading}
          earlierYears={earlier.map((entry) => entry.year)}
        />
        <CoverageWarning checklist={checklist} assessment={assessment} />
        <p>{t("page.privacy")}</p>
        <p>{t("page.docxNote")}</p>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={isBusy}>
            {t("page.create")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={isBusy}
            onClick={() => make(createDocx)}
          >
            {t("page.createDocx")}
          </button>
        </div>
      </form>
      <p>{t("page.viewNote")}</p>
      <p>
        <Link to={`${paths.reportView}?${viewQuery({ ...picked, language: values.language })}`}>
          {t("page.viewLink")}
        </Link>
      </p>
      {loaded.status === "failed" && <CodeLoadMessage part onRetry={reloadWhenOnline} />}
      <ReportStatus status={status} />
    </section>
  );
}

/** The printable report: what it holds, its options and the button that makes the PDF. */
export default function ReportPage() {
  const { t } = useTranslation("report");
  const assessment = useAppStore((state) => state.assessment);
  const checklist = useActiveChecklist();
  return (
    <Page title={t("page.title")}>
      <p className="lead">{t("page.lead")}</p>
      {assessment === null ? (
        <>
          <p>{t("page.empty")}</p>
          <p>
            <Link to={paths.start} className="button button-primary">
              {t("page.start")}
            </Link>
          </p>
        </>
      ) : checklist === null ? (
        <p>{t("page.noChecklist")}</p>
      ) : (
        <ReportContent checklist={checklist} assessment={assessment} />
      )}
    </Page>
  );
}

function ReportContent({ checklist, assessment }: { checklist: Checklist; assessment: Assessment }) {
  const sources = useReportSources(checklist, assessment);
  return (
    <>
      <Contents
        hasPerceptions={sources.perceptions !== undefined}
        hasEarlierYear={sources.earlier.length > 0}
      />
      <ReportDetails meta={assessment.meta} />
      <ReportForm checklist={checklist} assessment={assessment} sources={sources} />
    </>
  );
}
