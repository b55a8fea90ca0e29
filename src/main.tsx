import "@fontsource/source-sans-pro/400.css";
import "@fontsource/source-sans-pro/600.css";
import "virtual:suomifi-tokens.css";
import "./ui/styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { startLanguageSync } from "./app/language-sync";
import { preloadPage } from "./app/routes";
import { useAppStore } from "./store/app-store";
import { loadBundledChecklists } from "./store/checklists";
import { currentPath } from "./ui/router";

startLanguageSync();
// The database opens while the shell renders (its code is not in the first bundle); pages that read the
// assessment wait for it (loadStatus).
void import("./store/start-storage").then(({ startStorage }) => startStorage());

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The shell paints first; then the checklist and the opened page's code load, not competing with it.
requestAnimationFrame(() =>
  setTimeout(() => {
    void loadBundledChecklists().then(useAppStore.getState().setChecklistRegistry);
    preloadPage(currentPath());
    // The offline copy and the update check start once the page is up; the dev server has no worker.
    if (import.meta.env.PROD) {
      void import("./app/service-worker")
        .then(({ startServiceWorker }) => startServiceWorker())
        .catch(() => {});
    }
  }, 0),
);
