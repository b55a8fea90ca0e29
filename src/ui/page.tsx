import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

interface PageProps {
  title: string;
  children: ReactNode;
  /** Shown above the title, e.g. the theme's position "2 / 3". */
  eyebrow?: ReactNode;
}

/**
 * Every page has one h1 that takes focus when the page opens, so screen-reader and keyboard users
 * hear where they landed after a hash navigation (which does not reload the document).
 */
export function Page({ title, eyebrow, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t("appName")}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <>
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
