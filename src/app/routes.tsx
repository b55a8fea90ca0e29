import { Fragment, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { DetailsPage } from "../features/assessment/details-page";
import { StartPage } from "../features/assessment/start-page";
import { ThemePage } from "../features/assessment/theme-page";
import { Page } from "../ui/page";
import { paths, THEME_PATH_PREFIX } from "../ui/paths";
import { Link, usePath } from "../ui/router";

// Results bring recharts; they load when first opened, not on the start page.
const ResultsPage = lazy(() => import("../features/results/results-page"));
const MethodPage = lazy(() => import("../features/results/method-page"));

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
  if (path === paths.details) return <DetailsPage />;
  if (path.startsWith(THEME_PATH_PREFIX)) return <ThemePage themeId={path.slice(THEME_PATH_PREFIX.length)} />;
  if (path === paths.results || path === paths.method) {
    return (
      <Suspense fallback={<Loading />}>{path === paths.results ? <ResultsPage /> : <MethodPage />}</Suspense>
    );
  }
  return <NotFound />;
}
