import "./assessment.css";
import { lazy, Suspense, useDeferredValue, useId } from "react";
import { useTranslation } from "react-i18next";
import { isUntouched } from "../../domain/assessment";
import { useAppStore } from "../../store/app-store";
import { useLatestChecklist } from "../../store/checklists";
import { Page } from "../../ui/page";
import { ChecklistOrigin } from "./checklist-origin";
import { ImportAssessment } from "./import-assessment";
import { SavedAssessment } from "./saved-assessment";
import { StartNewButton } from "./start-new-button";

// The library's code loads only once the database has answered; the first screen does without it.
const OtherAssessments = lazy(() => import("./other-assessments"));

export function StartPage() {
  const { t } = useTranslation("assessment");
  // A store update renders at once and uninterruptibly; what the database and the checklists change here
  // (the placeholder goes, the other assessments come) is drawn after it, in slices a click can interrupt.
  const hasSaved = useDeferredValue(useAppStore((state) => state.assessment !== null));
  // Nothing to lose in an assessment just started: a file then opens without asking.
  const asksBeforeImport = useAppStore(
    (state) => state.assessment !== null && !isUntouched(state.assessment),
  );
  const isLoading = useDeferredValue(useAppStore((state) => state.loadStatus === "loading"));
  const checklist = useDeferredValue(useLatestChecklist());
  const actionsId = useId();
  const audienceId = useId();
  return (
    <Page title={t("start.title")}>
      <p className="lead">{t("start.lead")}</p>
      <p>{t("start.model")}</p>

      <section className="panel start-actions" aria-labelledby={actionsId}>
        <h2 id={actionsId}>{t("start.actionsHeading")}</h2>
        {(hasSaved || isLoading) && <SavedAssessment />}
        <StartNewButton hasSaved={hasSaved} isReady={checklist !== null} />
        <ImportAssessment asksFirst={asksBeforeImport} isReady={checklist !== null} />
      </section>
      <p>{t("start.privacy")}</p>

      <section aria-labelledby={audienceId}>
        <h2 id={audienceId}>{t("start.audienceHeading")}</h2>
        <ul>
          <li>{t("start.audienceCoordinator")}</li>
          <li>{t("start.audienceAssociation")}</li>
          <li>{t("start.audienceNetwork")}</li>
        </ul>
      </section>

      {checklist && <ChecklistOrigin checklist={checklist} />}
      {!isLoading && (
        <Suspense fallback={null}>
          <OtherAssessments />
        </Suspense>
      )}
    </Page>
  );
}
