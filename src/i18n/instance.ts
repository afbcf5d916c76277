import i18next, { type i18n, type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages.ts';
import { NAMESPACES, type Namespace, RESOURCES } from './resources.ts';

let instance: i18n | undefined;
const listeners = new Set<() => void>();

function notify(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

/**
 * Initialises the app's i18next instance with every message bundled and synchronously ready
 * (`initAsync: false`; there is no HTTP backend). Calling it again only switches language.
 * Values are not HTML-escaped by i18next because React escapes text itself; never pass a
 * translation to `dangerouslySetInnerHTML`.
 */
export function initI18n(lang: Language = DEFAULT_LANGUAGE): i18n {
  if (instance) {
    setLanguage(lang);
    return instance;
  }
  const created = i18next.createInstance();
  created.init({
    resources: RESOURCES,
    lng: lang,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A key missing from every language would show as its raw name: say so in the console,
    // where the e2e language test listens for it.
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => console.warn(`i18n: missing key ${ns}:${key} (${lngs.join(', ')})`),
  });
  instance = created;
  notify(lang);
  return created;
}

/** The i18next instance, initialised in Spanish on first use if `initI18n` was not called yet. */
export function getI18n(): i18n {
  return instance ?? initI18n();
}

/** The current interface language. */
export function getLanguage(): Language {
  const current = getI18n().language;
  return isLanguage(current) ? current : DEFAULT_LANGUAGE;
}

/** Switches the interface language; every `useT` re-renders. Resources are bundled, so the switch is synchronous. */
export function setLanguage(lang: Language): void {
  const current = getI18n();
  if (current.language === lang) return;
  current.changeLanguage(lang);
  notify(lang);
}

/** Calls `listener` after every language change; returns the unsubscribe function (the useSyncExternalStore contract). */
export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A translate function for one namespace in one language (defaults: the current language). */
export function fixedT(namespace: Namespace, lang: Language = getLanguage()): TFunction<Namespace> {
  return getI18n().getFixedT(lang, namespace);
}
