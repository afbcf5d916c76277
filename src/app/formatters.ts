/** Locale-aware formatters for the chosen language. */
export interface Formatters {
  number: (n: number) => string;
  /** `YYYY-MM` → "mar 2020" in the language. */
  month: (month: string) => string;
}

const LOCALES: Record<string, string> = { es: 'es', pt: 'pt-BR', en: 'en-GB' };

/** Builds the number and month formatters of a language (Intl, so no strings to translate). */
export function makeFormatters(language: string): Formatters {
  const locale = LOCALES[language] ?? language;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    number: (n) => number.format(n),
    month: (m) => {
      if (!/^\d{4}-\d{2}$/.test(m)) return m;
      return month.format(new Date(`${m}-01T00:00:00Z`));
    },
  };
}
