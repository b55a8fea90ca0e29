import "./i18n";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../domain/assessment";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { type ExampleLoadError, useExamples } from "../../store/examples";
import { Alert } from "../../ui/alert";
import { NoAssessmentNote } from "../../ui/no-assessment-note";
import { Page } from "../../ui/page";
import { CodeLoadMessage, reloadWhenOnline } from "../../ui/page-load-error";
import { ProblemList } from "../../ui/problem-list";
import "./compare.css";
import { CompareView } from "./compare-view";

const NO_ANSWERS: Readonly<Record<string, Answer>> = {};

/** A shipped example or practice file that fails validation is named, never used. */
function LoadProblems({ problems }: { problems: readonly ExampleLoadError[] }) {
  const { t } = useTranslation("compare");
  return problems.map((error) => (
    <Alert key={error.file} tone="error" title={t("picker.loadErrorTitle")}>
      <p>{t("picker.loadErrorIntro", { file: error.file })}</p>
      <ProblemList problems={error.problems} />
    </Alert>
  ));
}

export default function ComparePage({ focusItemId }: { focusItemId?: string }) {
  const { t } = useTranslation("compare");
  const checklist = useActiveChecklist();
  const assessment = useAppStore((state) => state.assessment);
  const loaded = useExamples(checklist);
  return (
    <Page title={t("page.title")}>
      <p className="lead">{t("page.intro")}</p>
      {checklist === null ? (
        <p>{t("page.noChecklist")}</p>
      ) : (
        <>
          {assessment === null && (
            <NoAssessmentNote
              title={t("noAssessment.title")}
              body={t("noAssessment.body")}
              startLabel={t("noAssessment.start")}
            />
          )}
          <LoadProblems problems={loaded.problems} />
          {loaded.status === "failed" && <CodeLoadMessage part onRetry={reloadWhenOnline} />}
          <CompareView
            checklist={checklist}
            examples={loaded.examples}
            practices={loaded.practices}
            isLoading={loaded.status === "loading"}
            ownAnswers={assessment?.answers ?? NO_ANSWERS}
            focusItemId={focusItemId}
          />
        </>
      )}
    </Page>
  );
}
