import type { TFunction } from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';
import { fixedT, getLanguage, subscribeLanguage } from './instance.ts';
import type { Language } from './languages.ts';
import type { Namespace } from './resources.ts';

/** What {@link useT} returns: the namespace's translate function and the current language. */
export interface UseT {
  t: TFunction<Namespace>;
  lang: Language;
}

/**
 * React hook: a translate function for `namespace` that re-renders the component when the
 * language changes (an external store read with useSyncExternalStore, since react-i18next is
 * not used). `lang` is returned too, for formatters such as `formatNumber(n, lang)`.
 */
export function useT(namespace: Namespace): UseT {
  const lang = useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);
  return useMemo(() => ({ t: fixedT(namespace, lang), lang }), [namespace, lang]);
}
