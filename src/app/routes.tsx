import { Fragment, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { StartPage } from "../features/assessment/start-page";
import { Page } from "../ui/page";
import { COMPARE_ITEM_PATH_PREFIX, paths, THEME_PATH_PREFIX } from "../ui/paths";
import { Link, usePath } from "../ui/router";

// Only the start page is in the first bundle. The forms (react-hook-form), the results and the comparison
// (recharts), the plan and the report (jspdf, only when a PDF is made) load when first opened.
const loaders = {
  details: () => import("../features/assessment/details-page").then((m) => ({ default: m.DetailsPage })),
  theme: () => import("../features/assessment/theme-page").then((m) => ({ default: m.ThemePage })),
  results: () => import("../features/results/results-page"),
  method: () => import("../features/results/method-page"),
  compare: () => import("../features/compare/compare-page"),
  plan: () => import("../features/plan/plan-page"),
  annualClock: () => import("../features/annual-clock/annual-clock-page"),
  report: () => import("../features/report/report-page"),
};
const DetailsPage = lazy(loaders.details);
const ThemePage = lazy(loaders.theme);
const ResultsPage = lazy(loaders.results);
const MethodPage = lazy(loaders.method);
const ComparePage = lazy(loaders.compare);
const PlanPage = lazy(loaders.plan);
const AnnualClockPage = lazy(loaders.annualClock);
const ReportPage = lazy(loaders.report);

function loaderFor(path: string): (() => Promise<unknown>) | null {
  if (path === paths.details) return loaders.details;
  if (path.startsWith(THEME_PATH_PREFIX)) return loaders.theme;
  if (path === paths.results) return loaders.results;
  if (path === paths.method) return loaders.method;
  if (path === paths.compare || path.startsWith(COMPARE_ITEM_PATH_PREFIX)) return loaders.compare;
  if (path === paths.plan) return loaders.plan;
  if (path === paths.annualClock) return loaders.annualClock;
  if (path === paths.report) return loaders.report;
  return null;
}

/**
 * Starts fetching a lazy page's code at once, beside the checklist, instead of after it:
 * opening a page directly (a reload, a bookmark) saves one round trip.
 */
export function preloadPage(path: string): void {
  void loaderFor(path)?.();
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t("notFound.title")}>
      <Link to={paths.start}>{t("notFound.back")}</Link>
    </Page>
  );
}

function Loading() {
  return <p className="loading" aria-busy="true" />;
}

/** The start page needs no checklist to render; the others wait the few milliseconds it takes to load. */
export function Routes({ isChecklistReady }: { isChecklistReady: boolean }) {
  const path = usePath();
  // A new key per path: moving to the next theme mounts a fresh page (focus, form state, title).
  return (
    <Fragment key={path}>
      <Route path={path} isChecklistReady={isChecklistReady} />
    </Fragment>
  );
}

function Route({ path, isChecklistReady }: { path: string; isChecklistReady: boolean }) {
  if (path === paths.start) return <StartPage />;
  if (!isChecklistReady) return <Loading />;
  return <Suspense fallback={<Loading />}>{lazyPage(path)}</Suspense>;
}

function lazyPage(path: string) {
  if (path === paths.details) return <DetailsPage />;
  if (path.startsWith(THEME_PATH_PREFIX)) return <ThemePage themeId={path.slice(THEME_PATH_PREFIX.length)} />;
  if (path === paths.results) return <ResultsPage />;
  if (path === paths.method) return <MethodPage />;
  if (path === paths.compare) return <ComparePage />;
  if (path.startsWith(COMPARE_ITEM_PATH_PREFIX))
    return <ComparePage focusItemId={path.slice(COMPARE_ITEM_PATH_PREFIX.length)} />;
  if (path === paths.plan) return <PlanPage />;
  if (path === paths.annualClock) return <AnnualClockPage />;
  if (path === paths.report) return <ReportPage />;
  return <NotFound />;
}
