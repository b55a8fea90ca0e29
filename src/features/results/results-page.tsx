import "./i18n";
import { useTranslation } from "react-i18next";
import { AdaptationNote } from "../../ui/adaptation-note";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { AssessmentHeader } from "./assessment-header";
import { ChartSection } from "./chart-section";
import { HistoryLink } from "./history-link";
import { ItemRankings } from "./item-rankings";
import "./results.css";
import { SummaryCards } from "./summary-cards";
import { ThemeBreakdown } from "./theme-breakdown";
import { useResults } from "./use-results";

export default function ResultsPage() {
  const { t } = useTranslation("results");
  const results = useResults();
  if (!results) {
    return (
      <Page title={t("page.title")}>
        <p>{t("empty.body")}</p>
        <p>
          <Link to={paths.start} className="button button-primary">
            {t("empty.start")}
          </Link>
        </p>
      </Page>
    );
  }
  const { assessment, score, themes } = results;
  return (
    <Page title={t("page.title")}>
      <AssessmentHeader meta={assessment.meta} />
      <SummaryCards results={results} />
      <AdaptationNote checklist={results.checklist} />
      <ChartSection results={results} />
      {/* After the chart: it appears once the other years are read, below what most screens show first. */}
      <HistoryLink />
      <ItemRankings results={results} />
      {score.themes.map((themeScore) => {
        const theme = themes.get(themeScore.themeId);
        return (
          theme && (
            <ThemeBreakdown
              key={theme.id}
              theme={theme}
              themeScore={themeScore}
              answers={assessment.answers}
              targets={assessment.targets}
            />
          )
        );
      })}
    </Page>
  );
}
