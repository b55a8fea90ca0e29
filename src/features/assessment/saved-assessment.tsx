import { useId } from "react";
import { useTranslation } from "react-i18next";
import { checklistProgress } from "../../domain/progress";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { formatDate } from "../../ui/format";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/** What is saved in this browser, so the user knows what "continue" and "start new" are about. */
export function SavedAssessment() {
  const { t } = useTranslation("assessment");
  const language = useAppStore((state) => state.language);
  const assessment = useAppStore((state) => state.assessment);
  const checklist = useActiveChecklist();
  const headingId = useId();
  if (!assessment || !checklist) return null;
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
