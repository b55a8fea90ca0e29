import { useEffect, useState } from "react";

/**
 * Moves focus to the element with the given id once the next render has put it in place: after adding,
 * editing or deleting, the control the user acted on may be gone or not yet there.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
