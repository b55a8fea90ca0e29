import { type RefObject, useCallback, useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

export interface Fullscreen {
  /** False where the browser or an iframe forbids it: the button is then not offered. */
  isAvailable: boolean;
  isOn: boolean;
  toggle: () => void;
}

/** The element alone fills the screen: no site header or footer on the projector. */
export function useFullscreen(element: RefObject<HTMLElement | null>): Fullscreen {
  const isOn = useSyncExternalStore(
    subscribe,
    () => element.current !== null && document.fullscreenElement === element.current,
    () => false,
  );
  const toggle = useCallback(() => {
    // A refusal (no user gesture, a policy) leaves the slides as they are, in the page.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void element.current?.requestFullscreen().catch(() => undefined);
  }, [element]);
  return { isAvailable: document.fullscreenEnabled === true, isOn, toggle };
}
