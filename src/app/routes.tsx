import { type ComponentType, Fragment, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { StartPage } from "../features/assessment/start-page";
import { useAppStore } from "../store/app-store";
import { Page } from "../ui/page";
import {
  COMPARE_ITEM_PATH_PREFIX,
  paths,
  THEME_PATH_PREFIX,
  WORKSHOP_PERSPECTIVES_PATH_PREFIX,
  WORKSHOPS_PATH_PREFIX,
} from "../ui/paths";
import { Link, usePath } from "../ui/router";

interface LazyRoute {
  /** Fetches the page's code. */
  load: () => Promise<unknown>;
  /** The page for this path, or null when the path is not this route's. */
  page: (path: string) => ReactNode | null;
}

/** `match` gives the page's props for a path it serves, null for any other path. */
function lazyRoute<P extends object>(
  match: (path: string) => NoInfer<P> | null,
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyRoute {
  const LazyPage = lazy(load);
  return {
    load,
    page: (path) => {
      const props = match(path);
      return props && <LazyPage {...props} />;
    },
  };
}

const exactly = (pagePath: string) => (path: string) => (path === pagePath ? {} : null);

/** The rest of the path after `prefix`, or null when the path has another start. */
const after = (prefix: string, path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : null);

/** `/invite?…`: the page reads and checks the query itself, so a bad link gets a clear message. */
function invitationQuery(path: string): { query: string } | null {
  if (path === paths.invite) return { query: "" };
  const query = after(`${paths.invite}?`, path);
  return query === null ? null : { query };
}

/** `/perspectives/workshop/<id>/<encoded municipality key>` */
function workshopMunicipality(path: string): { workshopId: string; municipalityKey: string } | null {
  const rest = after(WORKSHOP_PERSPECTIVES_PATH_PREFIX, path);
  const slash = rest?.indexOf("/") ?? -1;
  if (rest === null || slash < 1) return null;
  try {
    return { workshopId: rest.slice(0, slash), municipalityKey: decodeURIComponent(rest.slice(slash + 1)) };
  } catch {
    return null;
  }
}

// Only the start page is in the first bundle. The forms (react-hook-form), the results and the comparison
// (recharts), the plan and the report (jspdf, only when a PDF is made) load when first opened.
const lazyRoutes: readonly LazyRoute[] = [
  lazyRoute(exactly(paths.details), async () => ({
    default: (await import("../features/assessment/details-page")).DetailsPage,
  })),
  lazyRoute(
    (path) => {
      const themeId = after(THEME_PATH_PREFIX, path);
      return themeId === null ? null : { themeId };
    },
    async () => ({ default: (await import("../features/assessment/theme-page")).ThemePage }),
  ),
  lazyRoute(exactly(paths.results), () => import("../features/results/results-page")),
  lazyRoute(exactly(paths.method), () => import("../features/results/method-page")),
  lazyRoute(
    (path) => {
      if (path === paths.compare) return {};
      const focusItemId = after(COMPARE_ITEM_PATH_PREFIX, path);
      return focusItemId === null ? null : { focusItemId };
    },
    () => import("../features/compare/compare-page"),
  ),
  lazyRoute(exactly(paths.plan), () => import("../features/plan/plan-page")),
  lazyRoute(exactly(paths.annualClock), () => import("../features/annual-clock/annual-clock-page")),
  lazyRoute(exactly(paths.report), () => import("../features/report/report-page")),
  lazyRoute(exactly(paths.workshops), () => import("../features/workshop/workshops-page")),
  lazyRoute(
    (path) => {
      const workshopId = after(WORKSHOPS_PATH_PREFIX, path);
      return workshopId !== null && /^[^/]+$/.test(workshopId) ? { workshopId } : null;
    },
    () => import("../features/workshop/workshop-page"),
  ),
  lazyRoute(
    (path) => {
      const [, workshopId, memberId] =
        after(WORKSHOPS_PATH_PREFIX, path)?.match(/^([^/]+)\/member\/([^/]+)$/) ?? [];
      return workshopId && memberId ? { workshopId, memberId } : null;
    },
    () => import("../features/workshop/member-page"),
  ),
  lazyRoute(exactly(paths.perspectives), () => import("../features/perspectives/perspectives-page")),
  lazyRoute(invitationQuery, () => import("../features/perspectives/invite-page")),
  lazyRoute(workshopMunicipality, () => import("../features/perspectives/workshop-perspectives-page")),
  lazyRoute(
    (path) => {
      const workshopId = after(paths.workshopReport(""), path);
      return workshopId ? { workshopId } : null;
    },
    () => import("../features/report/workshop-report-page"),
  ),
  lazyRoute(
    (path) => {
      const workshopId = after(WORKSHOPS_PATH_PREFIX, path)?.match(/^([^/]+)\/present$/)?.[1];
      return workshopId === undefined ? null : { workshopId };
    },
    () => import("../features/projector/projector-page"),
  ),
];

/**
 * Starts fetching a lazy page's code at once, beside the checklist, instead of after it:
 * opening a page directly (a reload, a bookmark) saves one round trip.
 */
export function preloadPage(path: string): void {
  void lazyRoutes.find((route) => route.page(path) !== null)?.load();
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

/** Until the database answers, in place of any page that reads the assessment (never an empty form). */
function LoadingAssessment() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t("storage.loading")}
    </p>
  );
}

/**
 * The start page needs no checklist or saved assessment to render; the others wait the few milliseconds
 * the checklist and the database take, so no form starts empty and then saves over what was stored.
 */
export function Routes({ isChecklistReady }: { isChecklistReady: boolean }) {
  const path = usePath();
  // Another tab changed the open assessment: the forms initialise from the store, so they mount afresh.
  const externalChangeCount = useAppStore((state) => state.externalChangeCount);
  // A new key per path: moving to the next theme mounts a fresh page (focus, form state, title).
  return (
    <Fragment key={`${path}#${externalChangeCount}`}>
      <Route path={path} isChecklistReady={isChecklistReady} />
    </Fragment>
  );
}

function Route({ path, isChecklistReady }: { path: string; isChecklistReady: boolean }) {
  const isLoading = useAppStore((state) => state.loadStatus === "loading");
  if (path === paths.start) return <StartPage />;
  if (isLoading) return <LoadingAssessment />;
  if (!isChecklistReady) return <Loading />;
  return <Suspense fallback={<Loading />}>{lazyPage(path)}</Suspense>;
}

function lazyPage(path: string): ReactNode {
  for (const route of lazyRoutes) {
    const page = route.page(path);
    if (page !== null) return page;
  }
  return <NotFound />;
}
