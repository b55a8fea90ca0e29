import i18next from "i18next";
import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { currentPath } from "../ui/router";
import { FirstScreen } from "./first-screen";
import { takePrerenderedShells } from "./prerendered-shell";

export { preloadPage } from "./routes";

/**
 * React and the app's components: a module of their own that main.tsx imports once its texts are set up, so
 * evaluating the first code is two tasks of half the length (it is fetched with the entry all the same: the
 * build lists it among the first screen's preloads, src/build/first-screen.ts).
 */
export function drawApp(): void {
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
