import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { LANGUAGES, type Language } from "../domain/localized";
import { type LazyNamespaces, resources } from "./resources";

type Bundles = Record<Language, object>;

/** Namespaces whose code arrived before i18next was set up (tests import features first). */
const pending = new Map<keyof LazyNamespaces, Bundles>();

function addBundles(namespace: keyof LazyNamespaces, bundles: Bundles): void {
  for (const language of LANGUAGES) {
    if (!i18next.hasResourceBundle(language, namespace)) {
      i18next.addResourceBundle(language, namespace, bundles[language]);
    }
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

/** The first screen's texts are bundled, so init is synchronous and the first render already has them. */
export function initI18n(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
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
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  return i18next;
}
