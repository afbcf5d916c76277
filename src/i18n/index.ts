/** The i18n framework: languages, bundled messages, the i18next instance, the React hook and formatters. */
export { countryName } from './country-name.ts';
export { detectLanguage } from './detect-language.ts';
export { formatMonth, formatNumber } from './format.ts';
export { fixedT, getI18n, getLanguage, initI18n, setLanguage, subscribeLanguage } from './instance.ts';
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages.ts';
export { NAMESPACES, type Namespace, RESOURCES } from './resources.ts';
export { type UseT, useT } from './use-t.ts';
