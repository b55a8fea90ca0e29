import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { usePath } from "../ui/router";

/**
 * The phone header's menu: the navigation and the language buttons fold behind one button, so the header
 * takes one line instead of a third of the screen. It closes when a page is chosen, and on Escape, which
 * returns focus to the button. Wide screens show everything and never look at the state.
 */
export function useSiteMenu() {
  const [isOpen, setIsOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const path = usePath();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path is the event that closes it.
  useEffect(() => setIsOpen(false), [path]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !isOpen) return;
    setIsOpen(false);
    button.current?.focus();
  };
  return { isOpen, toggle: () => setIsOpen((open) => !open), button, onKeyDown };
}
