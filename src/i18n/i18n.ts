import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { LANGUAGES, type Language } from "../domain/localized";
import { type FirstScreenBundles, type LazyNamespaces, otherLanguages, resources } from "./resources";

type Bundles = Record<Language, object>;

/** Namespaces whose code arrived before i18next was set up (tests import features first). */
const pending = new Map<keyof LazyNamespaces, Bundles>();

/** The languages whose first-screen texts are here; Finnish always is. */
const firstScreen = new Map<Language, FirstScreenBundles>([["fi", resources.fi]]);

function addBundles(namespace: keyof LazyNamespaces, bundles: Bundles): void {
  for (const language of LANGUAGES) {
    if (!i18next.hasResourceBundle(language, namespace)) {
      i18next.addResourceBundle(language, namespace, bundles[language]);
    }
  }
}

function addFirstScreen(language: Language, bundles: FirstScreenBundles): void {
  for (const [namespace, texts] of Object.entries(bundles)) {
    if (!i18next.hasResourceBundle(language, namespace))
      i18next.addResourceBundle(language, namespace, texts);
  }
}

/**
 * A lazily loaded feature brings its own texts, in every language so that switching stays instant,
 * and keeps them out of the first bundle.
 */
export function addLazyNamespace(namespace: keyof LazyNamespaces, bundles: Bundles): void {
  if (i18next.isInitialized) addBundles(namespace, bundles);
  else pending.set(namespace, bundles);
}

/** Makes a language's first-screen texts available at once (the tests have them all from the start). */
export function provideLanguage(language: Language, bundles: FirstScreenBundles): void {
  firstScreen.set(language, bundles);
  if (i18next.isInitialized) addFirstScreen(language, bundles);
}

/** Resolves once `language` can be shown: Swedish and English are fetched the first time they are needed. */
export async function loadLanguage(language: Language): Promise<void> {
  if (!firstScreen.has(language) && language !== "fi")
    provideLanguage(language, await otherLanguages[language]());
}

/**
 * The first screen's texts are bundled, so init is synchronous and the first render already has them;
 * a language not loaded yet (loadLanguage) starts in Finnish.
 */
export function initI18n(language: Language): typeof i18next {
  const shown = firstScreen.has(language) ? language : "fi";
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: Object.fromEntries(firstScreen),
      lng: shown,
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      ns: Object.keys(resources.fi),
      defaultNS: "common",
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    for (const [namespace, bundles] of pending) addBundles(namespace, bundles);
    pending.clear();
  } else if (i18next.language !== shown) {
    void i18next.changeLanguage(shown);
  }
  return i18next;
}
