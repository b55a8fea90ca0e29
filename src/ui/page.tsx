import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { isInAppNavigation } from "./router";

interface PageProps {
  title: string;
  children: ReactNode;
  /** Shown above the title, e.g. the theme's position "2 / 3". */
  eyebrow?: ReactNode;
  /** The title's language when it is not the page's, as a report's in another language. */
  lang?: string;
  /** For content named by the title (aria-labelledby). */
  titleId?: string;
}

/**
 * Every page has one h1. After a hash navigation (which does not reload the document) it takes focus,
 * so screen-reader and keyboard users hear where they landed.
 */
export function Page({ title, eyebrow, lang, titleId, children }: PageProps) {
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
      <h1 ref={heading} tabIndex={-1} lang={lang} id={titleId}>
        {title}
      </h1>
      {children}
    </>
  );
}
