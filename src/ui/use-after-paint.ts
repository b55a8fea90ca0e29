import { useEffect, useState } from "react";

/**
 * False on the first render, true once the browser has painted it. Deferring heavy, non-essential
 * parts (a chart's code) this way lets the page's text paint first instead of waiting on them.
 */
export function useAfterPaint(): boolean {
  const [hasPainted, setPainted] = useState(false);
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, []);
  return hasPainted;
}
