import { type ReactNode, type RefObject, useEffect, useRef, useState } from "react";

interface TableScrollProps {
  /** Id of the table's caption, which names the region while it scrolls. */
  captionId: string;
  children: ReactNode;
}

/** True while the element's content is wider than the element, re-checked whenever either resizes. */
function useIsScrollable(ref: RefObject<HTMLElement | null>): boolean {
  const [isScrollable, setIsScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setIsScrollable(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return isScrollable;
}

/**
 * A data table may scroll sideways on a narrow screen (WCAG 1.4.10 exempts it) while the page reflows.
 * Only while it actually scrolls is it a named, focusable region, so keyboard users can scroll it and
 * a wide screen gets no empty tab stops.
 */
export function TableScroll({ captionId, children }: TableScrollProps) {
  const ref = useRef<HTMLElement>(null);
  const isScrollable = useIsScrollable(ref);
  return (
    <section
      ref={ref}
      className="table-scroll"
      aria-labelledby={isScrollable ? captionId : undefined}
      tabIndex={isScrollable ? 0 : undefined}
    >
      {children}
    </section>
  );
}
