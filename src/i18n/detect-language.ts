import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages.ts';

/**
 * Picks the interface language from the browser's preferences (`navigator.languages`, most
 * preferred first): the first whose primary subtag is one of ours (`pt-BR` → `pt`), else
 * Spanish. Pure, so it can be tested without a browser.
 */
export function detectLanguage(navigatorLanguages: readonly string[] | undefined): Language {
  for (const tag of navigatorLanguages ?? []) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
