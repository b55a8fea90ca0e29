import "./ui/fonts.css";
import "virtual:suomifi-tokens.css";
import "./ui/styles.css";
import "./ui/page-shells.css";
import i18next from "i18next";
import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { FirstScreen } from "./app/first-screen";
import { startLanguageSync } from "./app/language-sync";
import { takePrerenderedShells } from "./app/prerendered-shell";
import { preloadPage } from "./app/routes";
import { useAdaptedChecklists } from "./store/adapted-checklists";
import { useAppStore } from "./store/app-store";
import { loadBundledChecklists } from "./store/checklists";
import { nextTask } from "./store/next-task";
import { currentPath } from "./ui/router";

void start();

/** Each step is its own task, so none holds the main thread long enough to delay a click. */
async function start(): Promise<void> {
  // Evaluating the first bundle was one task already.
  await nextTask();
  // Finnish is at hand; another chosen language's texts arrive first (the first-screen script hid the page).
  await startLanguageSync();
  await nextTask();
  drawApp();
  await nextTask();
  // The database opens while React draws (its code is not in the first bundle); pages that read the
  // assessment wait for it (loadStatus).
  void import("./store/start-storage").then(({ startStorage }) => startStorage());
}

function drawApp(): void {
  const root = document.getElementById("root");
  if (!root) return;
  // The built index.html holds the start page in Finnish (src/build/first-screen.ts): it is taken over
  // as it stands when that is what this visit shows, and drawn afresh for another page or language.
  const isPrerendered = root.firstElementChild !== null;
  const isHydrated = isPrerendered && currentPath() === "/" && i18next.language === "fi";
  takePrerenderedShells(root, { remove: isHydrated });
  // As a transition React renders in slices of a few milliseconds, so a slow laptop's main thread is never
  // held for the whole tree (the page is already painted from the HTML, or hidden until drawn).
  startTransition(() => {
    if (isHydrated) {
      hydrateRoot(root, <FirstScreen />);
    } else {
      createRoot(root).render(<FirstScreen />);
    }
  });
}

// The shell paints first; then the checklist and the opened page's code load, not competing with it.
requestAnimationFrame(() => setTimeout(() => void startAfterFirstPaint(), 0));

async function startAfterFirstPaint(): Promise<void> {
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
