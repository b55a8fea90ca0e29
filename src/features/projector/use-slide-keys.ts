import { useEffect, useEffectEvent } from "react";

export interface SlideKeyActions {
  /** Moves by `step` slides (−1 back, +1 on). */
  move: (step: number) => void;
  first: () => void;
  last: () => void;
  /** Esc outside full screen: leave projector mode. */
  exit: () => void;
}

const STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
};

function leaveFullscreen(): void {
  void document.exitFullscreen().catch(() => undefined);
}

/** Esc in full screen only leaves full screen, as browsers do themselves; the next Esc leaves projector mode. */
function actionFor(key: string, { move, first, last, exit }: SlideKeyActions): (() => void) | null {
  const step = STEPS[key];
  if (step !== undefined) return () => move(step);
  if (key === "Home") return first;
  if (key === "End") return last;
  if (key === "Escape") return document.fullscreenElement ? leaveFullscreen : exit;
  return null;
}

/** The document listens, so the keys work wherever the focus is (a clicker sends Page Up / Page Down). */
export function useSlideKeys(actions: SlideKeyActions): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = actionFor(event.key, actions);
    if (!action) return;
    event.preventDefault();
    action();
  });
  useEffect(() => {
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
