import i18next from "i18next";
import { initI18n } from "../i18n/i18n";
import { useAppStore } from "../store/app-store";

/**
 * The store owns the chosen language (it is persisted); i18next and <html lang> follow it.
 * Done outside React so a language change never updates components in the middle of a render.
 */
export function startLanguageSync(): void {
  const apply = (language: ReturnType<typeof useAppStore.getState>["language"]) => {
    document.documentElement.lang = language;
    if (i18next.language !== language) void i18next.changeLanguage(language);
  };
  initI18n(useAppStore.getState().language);
  apply(useAppStore.getState().language);
  useAppStore.subscribe((state, previous) => {
    if (state.language !== previous.language) apply(state.language);
  });
}
