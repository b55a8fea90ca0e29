import "./ui/fonts.css";
import "virtual:suomifi-tokens.css";
import "./ui/styles.css";
import "./ui/page-shells.css";
import i18next from "i18next";
import { createRoot, hydrateRoot } from "react-dom/client";
import { FirstScreen } from "./app/first-screen";
import { startLanguageSync } from "./app/language-sync";
import { takePrerenderedShells } from "./app/prerendered-shell";
import { preloadPage } from "./app/routes";
import { useAdaptedChecklists } from "./store/adapted-checklists";
import { useAppStore } from "./store/app-store";
import { loadBundledChecklists } from "./store/checklists";
import { currentPath } from "./ui/router";

// The database opens while the shell renders (its code is not in the first bundle); pages that read the
// assessment wait for it (loadStatus).
void import("./store/start-storage").then(({ startStorage }) => startStorage());

// Finnish is at hand; another chosen language's texts arrive first (the first-screen script hid the page).
void startLanguageSync().then(() => {
  const root = document.getElementById("root");
  if (!root) return;
  // The built index.html holds the start page in Finnish (src/build/first-screen.ts): it is taken over
  // as it stands when that is what this visit shows, and drawn afresh for another page or language.
  const isPrerendered = root.firstElementChild !== null;
  const isHydrated = isPrerendered && currentPath() === "/" && i18next.language === "fi";
  takePrerenderedShells(root, { remove: isHydrated });
  if (isHydrated) {
    hydrateRoot(root, <FirstScreen />);
  } else {
    createRoot(root).render(<FirstScreen />);
  }
});

// The shell paints first; then the checklist and the opened page's code load, not competing with it.
requestAnimationFrame(() =>
  setTimeout(() => {
    // Both before the registry is set, so an assessment made with an adapted checklist never shows as missing.
    const adapted = useAdaptedChecklists
      .getState()
      .load()
      .catch(() => {});
    void Promise.all([loadBundledChecklists(), adapted]).then(([bundled]) =>
      useAppStore.getState().setChecklistRegistry(bundled),
    );
    preloadPage(currentPath());
    // The offline copy and the update check start once the page is up; the dev server has no worker.
    if (import.meta.env.PROD) {
      void import("./app/service-worker")
        .then(({ startServiceWorker }) => startServiceWorker())
        .catch(() => {});
    }
  }, 0),
);
