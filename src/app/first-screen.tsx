import { StrictMode, useLayoutEffect } from "react";
import { App } from "./app";

/**
 * Shows what the first-screen script hid (src/build/first-screen.ts) once the app has drawn it, before paint,
 * and marks the page as running: until then the prerendered buttons do nothing (the tests wait for the mark).
 */
function useFirstScreenShown(): void {
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.removeAttribute("data-first-screen");
    html.removeAttribute("data-shell-page");
    html.setAttribute("data-app-ready", "");
  }, []);
}

/** The whole app as both the build's prerender and the browser render it, so hydration finds the same tree. */
export function FirstScreen() {
  useFirstScreenShown();
  return (
    <StrictMode>
      <App />
    </StrictMode>
  );
}
