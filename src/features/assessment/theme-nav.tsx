import { useTranslation } from "react-i18next";
import type { Theme } from "../../domain/checklist";
import type { Language } from "../../domain/localized";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

interface ThemeNavProps {
  themes: readonly Theme[];
  index: number;
  language: Language;
}

/** Previous and next theme by name; after the last theme the way forward is the results. */
export function ThemeNav({ themes, index, language }: ThemeNavProps) {
  const { t } = useTranslation("assessment");
  const previous = themes[index - 1];
  const next = themes[index + 1];
  return (
    <nav className="theme-nav" aria-label={t("theme.navLabel")}>
      <ul>
        {previous && (
          <li>
            <Link to={paths.theme(previous.id)} className="button button-secondary">
              {t("theme.previous", { title: previous.title[language] })}
            </Link>
          </li>
        )}
        <li>
          {next ? (
            <Link to={paths.theme(next.id)} className="button button-primary">
              {t("theme.next", { title: next.title[language] })}
            </Link>
          ) : (
            <Link to={paths.results} className="button button-primary">
              {t("theme.results")}
            </Link>
          )}
        </li>
        <li className="theme-nav-overview">
          <Link to={paths.details}>{t("theme.overview")}</Link>
        </li>
      </ul>
    </nav>
  );
}
