import { renderToString } from "react-dom/server";
import { initI18n } from "../i18n/i18n";
import { FirstScreen } from "./first-screen";

/**
 * The start page as the browser's first render draws it (Finnish, no checklist or saved assessment yet),
 * rendered at build time into index.html so the first paint needs no JavaScript; main.tsx hydrates it.
 */
export function renderFirstScreen(): string {
  initI18n("fi");
  return renderToString(<FirstScreen />);
}
