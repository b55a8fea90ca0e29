import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { isInAppNavigation } from "./router";

interface PageProps {
  title: string;
  children: ReactNode;
  /** Shown above the title, e.g. the theme's position "2 / 3". */
  eyebrow?: ReactNode;
}

/**
 * Every page has one h1. After a hash navigation (which does not reload the document) it takes focus,
 * so screen-reader and keyboard users hear where they landed.
 */
export function Page({ title, eyebrow, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t("appName")}`;
  }, [title, t]);
  useEffect(() => {
    if (isInAppNavigation()) heading.current?.focus({ preventScroll: false });
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
