import type { ReactElement } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { ResultsShell } from "../features/results/results-shell";
import { WorkshopShell } from "../features/workshop/workshop-shell";
import { initI18n } from "../i18n/i18n";
import { FirstScreen } from "./first-screen";
import { SHELL_PAGE_NAMES, type ShellPage } from "./page-shell-paths";

const SHELLS: Record<ShellPage, () => ReactElement> = {
  results: () => <ResultsShell />,
  workshop: () => <WorkshopShell />,
};

/**
 * The start page as the browser's first render draws it (Finnish, no checklist or saved assessment yet),
 * rendered at build time into index.html so the first paint needs no JavaScript; main.tsx hydrates it.
 */
export function renderFirstScreen(): string {
  initI18n("fi");
  return renderToString(<FirstScreen />);
}

/**
 * Each other page's loading view in Finnish, for the build to put beside the start page. Their ids get their
 * own prefix: the views are rendered apart from the start page, and are in the page beside it.
 */
export function renderPageShells(): Record<ShellPage, string> {
  initI18n("fi");
  const markup = SHELL_PAGE_NAMES.map((page) => [
    page,
    renderToStaticMarkup(SHELLS[page](), { identifierPrefix: `shell-${page}-` }),
  ]);
  return Object.fromEntries(markup);
}
