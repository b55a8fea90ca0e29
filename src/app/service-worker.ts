/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from "virtual:pwa-register";
import { offerUpdate } from "./update-prompt";

/**
 * Registers the service worker that keeps the app's files for offline use. A new version waits until the
 * user updates (registerType "prompt"). The browser checks for one on each load; the page checks again
 * when it becomes visible, the moment a long-open tab is returned to, and never on a timer.
 */
export function startServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const updateServiceWorker = registerSW({
    // After the window's load event: precaching the whole app must not compete with the page's own files.
    immediate: false,
    onNeedRefresh: () => offerUpdate(() => updateServiceWorker(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState !== "visible" || !navigator.onLine || registration.installing) return;
        registration.update().catch(() => {
          // Offline or the server is away: the next visit checks again.
        });
      });
    },
    onRegisterError: (error) => console.error("The service worker could not be registered", error),
  });
}
