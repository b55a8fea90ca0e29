import "./ui/fonts.css";
import "virtual:suomifi-tokens.css";
import "./ui/styles.css";
import "./ui/page-shells.css";
// The start page's own styles, in the stylesheet the build inlines (its component is in the app's code,
// which loads after): added later they would move the prerendered page.
import "./features/assessment/assessment.css";
import { startLanguageSync } from "./app/language-sync";
import { useAdaptedChecklists } from "./store/adapted-checklists";
import { useAppStore } from "./store/app-store";
import { loadBundledChecklists } from "./store/checklists";
import { nextTask } from "./store/next-task";
import { currentPath } from "./ui/router";

// Asked for at once; it arrives and is evaluated in a task of its own, while the texts are set up.
const appCode = import("./app/draw-app");

void start();

/** Each step is its own task, so none holds the main thread long enough to delay a click. */
async function start(): Promise<void> {
  // Evaluating the first bundle was one task already.
  await nextTask();
  // Finnish is at hand; another chosen language's texts arrive first (the first-screen script hid the page).
  await startLanguageSync();
  const { drawApp } = await appCode;
  await nextTask();
  drawApp();
  await nextTask();
  // The database opens while React draws (its code is not in the first bundle); pages that read the
  // assessment wait for it (loadStatus).
  void import("./store/start-storage").then(({ startStorage }) => startStorage());
}

// The shell paints first; then the checklist and the opened page's code load, not competing with it.
requestAnimationFrame(() => setTimeout(() => void startAfterFirstPaint(), 0));

async function startAfterFirstPaint(): Promise<void> {
  const { preloadPage } = await appCode;
  // Not in the task that evaluated the app's code.
  await nextTask();
  preloadPage(currentPath());
  await nextTask();
  // Both before the registry is set, so an assessment made with an adapted checklist never shows as missing.
  const adapted = useAdaptedChecklists
    .getState()
    .load()
    .catch(() => {});
  void Promise.all([loadBundledChecklists(), adapted]).then(([bundled]) =>
    useAppStore.getState().setChecklistRegistry(bundled),
  );
  // The offline copy and the update check start once the page is up; the dev server has no worker.
  if (!import.meta.env.PROD) return;
  await nextTask();
  void import("./app/service-worker").then(({ startServiceWorker }) => startServiceWorker()).catch(() => {});
}
