const LOCALES: Record<string, string> = { es: 'es', pt: 'pt-BR', en: 'en-GB' };

/** Number formatters for statistics in a language: p-values, signed changes, percentages. */
export interface StatFormatters {
  /** A p-value: three decimals, "< 0.001" below that. */
  p: (p: number) => string;
  /** A number with explicit sign and up to `digits` decimals. */
  signed: (n: number, digits?: number) => string;
  /** A relative change (0.12 → "+12 %"). */
  change: (r: number) => string;
  /** A plain number with up to two decimals (S, τ, means). */
  plain: (n: number) => string;
  /** A share 0–1 as a whole percentage. */
  share: (s: number) => string;
}

/** Builds the statistics formatters for `language` (Intl, so nothing to translate). */
export function makeStatFormatters(language: string): StatFormatters {
  const locale = LOCALES[language] ?? language;
  const three = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const two = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    p: (p) => (Number.isNaN(p) ? '—' : p < 0.001 ? `< ${three.format(0.001)}` : three.format(p)),
    signed: (n, digits = 1) =>
      Number.isNaN(n)
        ? '—'
        : new Intl.NumberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
            n,
          ),
    change: (r) => (Number.isNaN(r) ? '—' : pct.format(r)),
    plain: (n) => (Number.isNaN(n) ? '—' : two.format(n)),
    share: (s) => (Number.isNaN(s) ? '—' : share.format(s)),
  };
}
