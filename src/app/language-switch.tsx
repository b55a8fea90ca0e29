import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../domain/localized";
import { useAppStore } from "../store/app-store";

/** Buttons rather than a select: one press switches, and each language's name is in that language. */
export function LanguageSwitch({ id }: { id?: string }) {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  const setLanguage = useAppStore((state) => state.setLanguage);
  return (
    <nav id={id} className="language-switch" aria-label={t("language.label")}>
      <ul>
        {LANGUAGES.map((code) => (
          <li key={code}>
            <button
              type="button"
              lang={code}
              aria-pressed={code === language}
              onClick={() => setLanguage(code)}
            >
              {t(`language.${code}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
