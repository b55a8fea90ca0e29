import { useEffect, useState } from "react";
import type { Language } from "../../../domain/localized";
import { loadLanguage } from "../../../i18n/i18n";

export type LanguageTexts = "loading" | "ready" | "failed";

/** Whether the texts of a language other than the screen's have arrived (they are fetched the first time). */
export function useLanguageTexts(language: Language): LanguageTexts {
  const [loaded, setLoaded] = useState<{ language: Language; state: LanguageTexts } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    loadLanguage(language).then(
      () => isCurrent && setLoaded({ language, state: "ready" }),
      () => isCurrent && setLoaded({ language, state: "failed" }),
    );
    return () => {
      isCurrent = false;
    };
  }, [language]);
  return loaded?.language === language ? loaded.state : "loading";
}
