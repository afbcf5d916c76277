import type { Language } from '../../i18n/languages.ts';

/**
 * A row count in the language's compact form ("1.2M" in en, "1,2 M" in es), for the status
 * line where exact counts of a partly loaded extract would only add noise. Pure.
 */
export function compactNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count with the largest fitting unit, in the language ("1.2 MB", "1,2 MB"). Pure. */
export function formatBytes(n: number, lang: Language): string {
  let value = Math.max(0, n);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
