import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { checklistProgress } from "../../domain/progress";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { formatDate } from "../../ui/format";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/** What is saved in this browser, so the user knows what "continue" and "start new" are about. */
export function SavedAssessment() {
  const assessment = useAppStore((state) => state.assessment);
  const checklist = useActiveChecklist();
  return assessment && checklist ? (
    <SavedAssessmentCard assessment={assessment} checklist={checklist} />
  ) : (
    <SavedAssessmentPlaceholder />
  );
}

function SavedAssessmentCard({ assessment, checklist }: { assessment: Assessment; checklist: Checklist }) {
  const { t } = useTranslation("assessment");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const { answered, total } = checklistProgress(checklist, assessment.answers);
  const municipality = assessment.meta.municipality.trim();
  return (
    <section className="saved-assessment" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("saved.heading")}</h3>
      <dl className="summary-list">
        <div>
          <dt>{t("saved.municipality")}</dt>
          <dd>{municipality === "" ? t("saved.noMunicipality") : municipality}</dd>
        </div>
        <div>
          <dt>{t("saved.date")}</dt>
          <dd>{formatDate(assessment.meta.date, language)}</dd>
        </div>
        <div>
          <dt>{t("saved.progress")}</dt>
          <dd>{t("progress.count", { answered, total })}</dd>
        </div>
      </dl>
      <div className="button-row">
        <Link to={paths.details} className="button button-primary">
          {t("saved.continue")}
        </Link>
      </div>
    </section>
  );
}

/**
 * The card's shape, unseen, while the database and the checklist load: when the last visit had an
 * assessment open (HAS_ASSESSMENT_KEY) it holds the card's room, so the page does not move when it arrives.
 */
function SavedAssessmentPlaceholder() {
  const { t } = useTranslation("assessment");
  return (
    <div className="saved-assessment saved-assessment-placeholder" aria-hidden="true">
      <p className="saved-assessment-placeholder-heading">{t("saved.heading")}</p>
      <dl className="summary-list">
        {(["municipality", "date", "progress"] as const).map((row) => (
          <div key={row}>
            <dt>{t(`saved.${row}`)}</dt>
            <dd>{"\u00a0"}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <span className="button button-primary">{t("saved.continue")}</span>
      </div>
    </div>
  );
}
