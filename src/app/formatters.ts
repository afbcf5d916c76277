import { formatMonth, formatNumber } from '../i18n/format.ts';
import type { Language } from '../i18n/languages.ts';

/** Locale-aware formatters for the chosen language, in the shapes the views take. */
export interface Formatters {
  number: (n: number) => string;
  /** `YYYY-MM` → "mar 2020" in the language. */
  month: (month: string) => string;
}

/** Binds the i18n formatters (Intl, cached per language) to one language for the views. */
export function makeFormatters(language: Language): Formatters {
  return {
    number: (n) => formatNumber(n, language),
    month: (m) =>
      /^\d{4}-\d{2}$/.test(m) ? formatMonth(new Date(`${m}-01T00:00:00Z`), language, 'short') : m,
  };
}
