import "./i18n";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { AssessmentHeader } from "./assessment-header";
import { SummaryCards } from "./summary-cards";

/**
 * The results page before its assessment is in: the build prerenders it (src/app/page-shell-paths.ts), so a
 * reload paints the page's top from the HTML; the full page then draws over it without moving it.
 */
export function ResultsShell() {
  const { t } = useTranslation("results");
  return (
    <Page title={t("page.title")}>
      <AssessmentHeader />
      <SummaryCards />
    </Page>
  );
}
