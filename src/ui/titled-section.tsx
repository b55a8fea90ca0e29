import { type ReactNode, useId } from "react";

/** A titled part of a page: a region landmark named by its h2. `className` is the page's own styling. */
export function TitledSection({
  title,
  className,
  children,
}: {
  title: string;
  className: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
