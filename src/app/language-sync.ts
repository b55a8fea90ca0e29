import i18next from "i18next";
import { initI18n, loadLanguage } from "../i18n/i18n";
import { useAppStore } from "../store/app-store";

/**
 * The store owns the chosen language (it is persisted); i18next and <html lang> follow it once its texts are
 * here (Swedish and English are fetched the first time). Done outside React so a language change never
 * updates components in the middle of a render. Resolves when the first screen's language is ready.
 */
export async function startLanguageSync(): Promise<void> {
  const apply = async (language: ReturnType<typeof useAppStore.getState>["language"]) => {
    await loadLanguage(language).catch(() => {
      // Its texts could not be fetched (offline before the worker had them): the page stays as it is.
    });
    // Another choice may have come while this one loaded.
    if (useAppStore.getState().language !== language) return;
    initI18n(language);
    document.documentElement.lang = i18next.language;
  };
  useAppStore.subscribe((state, previous) => {
    if (state.language !== previous.language) void apply(state.language);
  });
  initI18n("fi");
  await apply(useAppStore.getState().language);
}
