import { StrictMode, useLayoutEffect } from "react";
import { App } from "./app";

/** Shows what the first-screen script hid (src/build/first-screen.ts) once the app has drawn it, before paint. */
function useFirstScreenShown(): void {
  useLayoutEffect(() => document.documentElement.removeAttribute("data-first-screen"), []);
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
