import "./i18n";
import "./annual-clock.css";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { annualClock } from "../../domain/annual-clock";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { NoAssessmentNote } from "../../ui/no-assessment-note";
import { Page } from "../../ui/page";
import { ClockBasis } from "./clock-basis";
import { ClockDial } from "./clock-dial";
import { ClockEditor } from "./clock-editor";

/** The annual clock (vuosikello): the recurring dates of cooperation and the actions' due dates by month. */
export default function AnnualClockPage() {
  const { t } = useTranslation("annualClock");
  const assessment = useAppStore((state) => state.assessment);
  const checklist = useActiveChecklist();
  const months = useMemo(
    () => (assessment ? annualClock(assessment.calendar, assessment.actions) : null),
    [assessment],
  );
  return (
    <Page title={t("page.title")}>
      <p className="lead">{t("page.intro")}</p>
      <div className="clock-overview">
        <ClockBasis checklist={checklist} />
        {months && <ClockDial months={months} />}
      </div>
      {assessment && months ? (
        <ClockEditor assessment={assessment} months={months} />
      ) : (
        <NoAssessmentNote
          title={t("noAssessment.title")}
          body={t("noAssessment.body")}
          startLabel={t("noAssessment.start")}
        />
      )}
    </Page>
  );
}
