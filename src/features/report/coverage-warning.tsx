import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { PROVISIONAL_COVERAGE, scoreAssessment } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { Alert } from "../../ui/alert";
import { formatPercent } from "../../ui/format";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/**
 * Said before a report is made from an assessment that is empty or mostly unanswered: such a report is
 * allowed (a board may want to see where the work starts), but it must not be mistaken for a finished one.
 */
export function CoverageWarning({ checklist, assessment }: { checklist: Checklist; assessment: Assessment }) {
  const { t } = useTranslation("report");
  const language = useAppStore((state) => state.language);
  const { overall } = scoreAssessment(checklist, assessment.answers);
  if (overall.applicable > 0 && overall.coverage >= PROVISIONAL_COVERAGE) return null;
  const isEmpty = overall.scored === 0;
  const firstTheme = checklist.themes[0];
  return (
    <Alert tone="info" title={t(isEmpty ? "page.coverage.emptyTitle" : "page.coverage.lowTitle")}>
      <p>
        {isEmpty
          ? t("page.coverage.empty")
          : t("page.coverage.low", {
              scored: overall.scored,
              applicable: overall.applicable,
              percent: formatPercent(overall.coverage, language),
            })}
      </p>
      {firstTheme && (
        <p>
          <Link to={paths.theme(firstTheme.id)}>{t("page.coverage.answer")}</Link>
        </p>
      )}
    </Alert>
  );
}
