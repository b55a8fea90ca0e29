import { type ComponentType, Fragment, type ReactNode, Suspense, useDeferredValue } from "react";
import { useTranslation } from "react-i18next";
import { StartPage } from "../features/assessment/start-page";
import { useAppStore } from "../store/app-store";
import { Page } from "../ui/page";
import { CodeLoadBoundary } from "../ui/page-load-error";
import {
  COMPARE_ITEM_PATH_PREFIX,
  paths,
  SHARE_PATH_PREFIX,
  THEME_PATH_PREFIX,
  WORKSHOP_PERSPECTIVES_PATH_PREFIX,
  WORKSHOPS_PATH_PREFIX,
} from "../ui/paths";
import { retryableLazy } from "../ui/retryable-lazy";
import { Link, usePath } from "../ui/router";
import { PrerenderedShell } from "./prerendered-shell";

interface LazyRoute {
  /** Fetches the page's code. */
  load: () => Promise<unknown>;
  /** The page for this path, or null when the path is not this route's. */
  page: (path: string) => ReactNode | null;
  /** After a failed load (offline, a missing chunk): the next render fetches the code again. */
  retry: () => void;
}

/** `match` gives the page's props for a path it serves, null for any other path. */
function lazyRoute<P extends object>(
  match: (path: string) => NoInfer<P> | null,
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyRoute {
  const { Component: LazyPage, retry } = retryableLazy(load);
  return {
    load,
    page: (path) => {
      const props = match(path);
      return props && <LazyPage {...props} />;
    },
    retry,
  };
}

const exactly = (pagePath: string) => (path: string) => (path === pagePath ? {} : null);

/** The rest of the path after `prefix`, or null when the path has another start. */
const after = (prefix: string, path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : null);

/**
 * The path's parts after `prefix` when the rest is exactly `parts` segments (none empty, none with "/"),
 * each URI-decoded; null for any other path. `/workshops/<id>/member/<id>` is `segments(…, 3)` with a check.
 */
function segments(prefix: string, path: string, parts: number): string[] | null {
  const rest = after(prefix, path)?.split("/");
  if (rest?.length !== parts || rest.some((part) => part === "")) return null;
  try {
    return rest.map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** `/invite?…`, `/report/view?…`: the page reads and checks the query itself, so a bad link gets a clear message. */
const withQuery =
  (pagePath: string) =>
  (path: string): { query: string } | null => {
    if (path === pagePath) return { query: "" };
    const query = after(`${pagePath}?`, path);
    return query === null ? null : { query };
  };

const workshopPages = () => import("../features/workshop/pages");
const perspectivesPages = () => import("../features/perspectives/pages");

// Only the start page is in the first bundle. The forms (react-hook-form), the results and the comparison
// (their tables and charts), the plan and the report (jspdf, only when a PDF is made) load when first opened.
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
  lazyRoute(exactly(paths.library), () => import("../features/library/library-page")),
  lazyRoute(exactly(paths.plan), () => import("../features/plan/plan-page")),
  lazyRoute(exactly(paths.annualClock), () => import("../features/annual-clock/annual-clock-page")),
  lazyRoute(exactly(paths.report), () => import("../features/report/report-page")),
  lazyRoute(withQuery(paths.reportView), () => import("../features/report/view/report-view-page")),
  lazyRoute(exactly(paths.history), () => import("../features/history/history-page")),
  lazyRoute(exactly(paths.versions), () => import("../features/versions/versions-page")),
  lazyRoute(exactly(paths.adapt), () => import("../features/adapt/adapt-page")),
  lazyRoute(exactly(paths.workshops), async () => ({ default: (await workshopPages()).WorkshopsPage })),
  lazyRoute(
    (path) => {
      const [workshopId] = segments(WORKSHOPS_PATH_PREFIX, path, 1) ?? [];
      return workshopId ? { workshopId } : null;
    },
    async () => ({ default: (await workshopPages()).WorkshopPage }),
  ),
  lazyRoute(
    (path) => {
      const [workshopId, member, memberId] = segments(WORKSHOPS_PATH_PREFIX, path, 3) ?? [];
      return workshopId && member === "member" && memberId ? { workshopId, memberId } : null;
    },
    async () => ({ default: (await workshopPages()).MemberPage }),
  ),
  lazyRoute(
    (path) => {
      const [workshopId, present] = segments(WORKSHOPS_PATH_PREFIX, path, 2) ?? [];
      return workshopId && present === "present" ? { workshopId } : null;
    },
    () => import("../features/projector/projector-page"),
  ),
  lazyRoute(
    (path) => {
      const [workshopId] = segments(paths.workshopReport(""), path, 1) ?? [];
      return workshopId ? { workshopId } : null;
    },
    () => import("../features/report/workshop-report-page"),
  ),
  lazyRoute(exactly(paths.perspectives), async () => ({
    default: (await perspectivesPages()).PerspectivesPage,
  })),
  lazyRoute(exactly(paths.accessibility), () => import("../features/about/accessibility-page")),
  lazyRoute(exactly(paths.privacy), () => import("../features/about/privacy-page")),
  lazyRoute(withQuery(paths.invite), async () => ({ default: (await perspectivesPages()).InvitePage })),
  lazyRoute(
    (path) => {
      if (path === paths.share) return { data: null };
      const data = after(SHARE_PATH_PREFIX, path);
      return data === null ? null : { data };
    },
    () => import("../features/share/share-page"),
  ),
  lazyRoute(
    (path) => {
      const [workshopId, municipalityKey] = segments(WORKSHOP_PERSPECTIVES_PATH_PREFIX, path, 2) ?? [];
      return workshopId && municipalityKey ? { workshopId, municipalityKey } : null;
    },
    async () => ({ default: (await perspectivesPages()).WorkshopPerspectivesPage }),
  ),
];

/**
 * Starts fetching a lazy page's code at once, beside the checklist, instead of after it:
 * opening a page directly (a reload, a bookmark) saves one round trip.
 */
export function preloadPage(path: string): void {
  // A failure here is shown when the page renders (and retried there), not twice.
  void routeFor(path)
    ?.load()
    .catch(() => {});
}

function routeFor(path: string): LazyRoute | undefined {
  return lazyRoutes.find((route) => route.page(path) !== null);
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t("notFound.title")}>
      <Link to={paths.start}>{t("notFound.back")}</Link>
    </Page>
  );
}

/** While the page's code or the checklist loads: its prerendered loading view, if it has one. */
function Loading({ path }: { path: string }) {
  return <PrerenderedShell path={path} fallback={<p className="loading" aria-busy="true" />} />;
}

/** Until the database answers, in place of any page that reads the assessment (never an empty form). */
function LoadingAssessment({ path }: { path: string }) {
  const { t } = useTranslation();
  const status = (
    <p role="status" className="loading">
      {t("storage.loading")}
    </p>
  );
  return <PrerenderedShell path={path} fallback={status} />;
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

function Route(props: { path: string; isChecklistReady: boolean }) {
  const { path } = props;
  // The store's changes render at once; a page that becomes ready renders as a transition, in slices of a
  // few milliseconds, with the loading view on show until it is drawn (a results page is a large tree).
  const isLoading = useDeferredValue(useAppStore((state) => state.loadStatus === "loading"));
  const isChecklistReady = useDeferredValue(props.isChecklistReady);
  if (path === paths.start) return <StartPage />;
  if (isLoading) return <LoadingAssessment path={path} />;
  if (!isChecklistReady) return <Loading path={path} />;
  const route = routeFor(path);
  if (!route) return <NotFound />;
  // Code that cannot be fetched shows a message with Retry inside <main>; the header and footer stay.
  return (
    <CodeLoadBoundary onRetry={route.retry}>
      <Suspense fallback={<Loading path={path} />}>{route.page(path)}</Suspense>
    </CodeLoadBoundary>
  );
}
