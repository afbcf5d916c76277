import type { Language } from './languages.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A number in the language's conventions (es `1234,5` and `12.345`, pt `12.345`, en `12,345`).
 * `maximumFractionDigits` defaults to 1; counts are integers and print without decimals.
 */
export function formatNumber(n: number, lang: Language, maximumFractionDigits = 1): string {
  const key = `${lang}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(n);
}

/**
 * A month and year in the language (es `marzo de 2024`, pt `março de 2024`, en `March 2024`).
 * Read in UTC: incident months are calendar months, not instants, so the viewer's time zone
 * must not shift them to the previous month.
 */
export function formatMonth(date: Date, lang: Language, month: 'long' | 'short' = 'long'): string {
  const key = `${lang}|${month}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { month, year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  return format.format(date);
}
