import "./i18n";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { prioritiseSuggestions, unrankedByTheme } from "../../domain/suggestions";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { NoAssessmentNote } from "../../ui/no-assessment-note";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { ActionDraftProvider } from "./action-draft";
import { ActionPlan } from "./action-plan";
import { PlanContents } from "./plan-contents";
import "./plan.css";
import { SuggestionSection } from "./suggestion-section";
import { TopPriorities } from "./top-priorities";
import { UnrankedNote } from "./unranked-note";
import { useKeptRanking } from "./use-kept-ranking";

function PlanLinks() {
  const { t } = useTranslation("plan");
  return (
    <nav aria-label={t("links.label")} className="plan-links">
      <ul>
        <li>
          <Link to={paths.annualClock}>{t("links.annualClock")}</Link>
        </li>
        <li>
          <Link to={paths.report}>{t("links.report")}</Link>
        </li>
      </ul>
    </nav>
  );
}

export default function PlanPage() {
  const { t } = useTranslation("plan");
  const assessment = useAppStore((state) => state.assessment);
  const checklist = useActiveChecklist();
  const ranked = useMemo(
    () => (assessment && checklist ? prioritiseSuggestions(checklist, assessment) : []),
    [assessment, checklist],
  );
  const ranking = useKeptRanking(ranked);
  if (!assessment || !checklist) {
    return (
      <Page title={t("page.title")}>
        <NoAssessmentNote title={t("empty.title")} body={t("empty.body")} startLabel={t("empty.start")} />
      </Page>
    );
  }
  const { municipality, year } = assessment.meta;
  return (
    <Page title={t("page.title")} eyebrow={municipality ? `${municipality} ${year}` : undefined}>
      <p className="lead">{t("page.lead")}</p>
      <PlanContents
        sections={
          ranking.suggestions.length > 0
            ? ["priorities", "suggestions", "actions"]
            : ["suggestions", "actions"]
        }
      />
      <PlanLinks />
      <ActionDraftProvider>
        {ranking.suggestions.length > 0 && <TopPriorities top={ranking.top} />}
        <UnrankedNote unranked={unrankedByTheme(checklist, assessment.answers)} />
        <SuggestionSection
          checklist={checklist}
          suggestions={ranking.suggestions}
          ranking={ranking}
          hasAnswers={Object.values(assessment.answers).some((answer) => answer.kind === "level")}
        />
        <ActionPlan checklist={checklist} actions={assessment.actions} />
      </ActionDraftProvider>
    </Page>
  );
}
