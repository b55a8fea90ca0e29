import type { ReactNode } from "react";

interface TableScrollProps {
  /** Id of the table's caption, which names the region. */
  captionId: string;
  children: ReactNode;
}

/**
 * A data table may scroll sideways on a narrow screen (WCAG 1.4.10 exempts it) while the page reflows.
 * The named, focusable region lets keyboard users scroll it and screen-reader users know what it holds.
 */
export function TableScroll({ captionId, children }: TableScrollProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}
