import { useTranslation } from "react-i18next";
import { paths } from "../ui/paths";
import { Link } from "../ui/router";
import { LanguageSwitch } from "./language-switch";
import { UpdatePrompt } from "./update-prompt";
import { useSiteMenu } from "./use-site-menu";

export function SiteHeader() {
  const { t } = useTranslation();
  const menu = useSiteMenu();
  return (
    <>
      {/* A button, not href="#main": the hash holds the route. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById("main")?.focus()}>
        {t("skipToContent")}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the open menu closes it. */}
      <header className={`site-header${menu.isOpen ? " menu-open" : ""}`} onKeyDown={menu.onKeyDown}>
        <div className="container header-inner">
          <Link to={paths.start} className="brand">
            <span className="brand-name">{t("appName")}</span>
            <span className="brand-tagline">{t("tagline")}</span>
          </Link>
          <button
            ref={menu.button}
            type="button"
            className="menu-button"
            aria-expanded={menu.isOpen}
            aria-controls="site-languages site-nav"
            onClick={menu.toggle}
          >
            {t("nav.menu")}
          </button>
          <LanguageSwitch id="site-languages" />
        </div>
        <nav id="site-nav" className="container main-nav" aria-label={t("nav.label")}>
          <ul>
            <li>
              <Link to={paths.start}>{t("nav.start")}</Link>
            </li>
            <li>
              <Link to={paths.library}>{t("nav.library")}</Link>
            </li>
            <li>
              <Link to={paths.details}>{t("nav.assessment")}</Link>
            </li>
            <li>
              <Link to={paths.results}>{t("nav.results")}</Link>
            </li>
            <li>
              <Link to={paths.compare}>{t("nav.compare")}</Link>
            </li>
            <li>
              <Link to={paths.plan}>{t("nav.plan")}</Link>
            </li>
            <li>
              <Link to={paths.annualClock}>{t("nav.annualClock")}</Link>
            </li>
            <li>
              <Link to={paths.report}>{t("nav.report")}</Link>
            </li>
            <li>
              <Link to={paths.workshops}>{t("nav.workshops")}</Link>
            </li>
            <li>
              <Link to={paths.perspectives}>{t("nav.perspectives")}</Link>
            </li>
            <li>
              <Link to={paths.method}>{t("nav.method")}</Link>
            </li>
          </ul>
        </nav>
        {/* In the header, not in <main>: the pages' own status regions stay the only ones there. */}
        <UpdatePrompt />
      </header>
    </>
  );
}

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.privacy")}</p>
        <ul className="footer-links">
          <li>
            <Link to={paths.privacy}>{t("footer.privacyLink")}</Link>
          </li>
          <li>
            <Link to={paths.accessibility}>{t("footer.accessibilityLink")}</Link>
          </li>
          <li>
            <Link to={paths.versions}>{t("footer.versionsLink")}</Link>
          </li>
          <li>
            <Link to={paths.adapt}>{t("footer.adaptLink")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
