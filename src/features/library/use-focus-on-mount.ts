import { useEffect, useRef } from "react";

/** A form opened from a row's button takes the focus at its heading, so keyboard users land in it. */
export function useFocusOnMount<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
