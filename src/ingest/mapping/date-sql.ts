import { sqlString } from '../sql-literal.ts';

/**
 * Date formats tried when a mapping gives none, in order. Day-first before month-first is
 * the Ibero-American convention; the IOM website format is included by name.
 */
export const DEFAULT_DATE_FORMATS: readonly string[] = [
  'iso',
  '%d/%m/%Y',
  '%d-%m-%Y',
  '%d.%m.%Y',
  '%d/%m/%y',
  '%a, %m/%d/%Y - %H:%M',
  'year_month',
  'month_year',
  'year',
  'excel_serial',
];

/** A format's result: a DATE expression (NULL when it does not parse) and its precision. */
interface FormatSQL {
  date: string;
  precision: 'day' | 'month' | 'year';
}

/** Precision of a strptime format: a day field → day, a month field → month, else year. */
export function strptimePrecision(format: string): 'day' | 'month' | 'year' {
  if (/%[djeaA]/.test(format)) return 'day';
  if (/%[mbB]/.test(format)) return 'month';
  return 'year';
}

function formatSQL(text: string, format: string): FormatSQL {
  switch (format) {
    case 'iso':
      return {
        date: `CASE WHEN regexp_matches(${text}, '^\\d{4}-\\d{2}-\\d{2}([T ].*)?$') THEN TRY_CAST(left(${text}, 10) AS DATE) END`,
        precision: 'day',
      };
    case 'year_month':
      return {
        date: `CASE WHEN regexp_matches(${text}, '^\\d{4}[-/]\\d{1,2}$') THEN try(make_date(CAST(regexp_extract(${text}, '^(\\d{4})', 1) AS INTEGER), CAST(regexp_extract(${text}, '(\\d{1,2})$', 1) AS INTEGER), 1)) END`,
        precision: 'month',
      };
    case 'month_year':
      return {
        date: `CASE WHEN regexp_matches(${text}, '^\\d{1,2}[-/]\\d{4}$') THEN try(make_date(CAST(regexp_extract(${text}, '(\\d{4})$', 1) AS INTEGER), CAST(regexp_extract(${text}, '^(\\d{1,2})', 1) AS INTEGER), 1)) END`,
        precision: 'month',
      };
    case 'year':
      return {
        date: `CASE WHEN regexp_matches(${text}, '^\\d{4}(\\.0+)?$') THEN try(make_date(CAST(left(${text}, 4) AS INTEGER), 1, 1)) END`,
        precision: 'year',
      };
    case 'excel_serial':
      // Serial days since 1899-12-30 (Excel's 1900 leap-year bug already folded in); 20000..80000 is 1954..2119.
      return {
        date: `CASE WHEN regexp_matches(${text}, '^\\d{5}(\\.\\d+)?$') AND TRY_CAST(${text} AS DOUBLE) BETWEEN 20000 AND 80000 THEN (DATE '1899-12-30' + CAST(floor(TRY_CAST(${text} AS DOUBLE)) AS INTEGER)) END`,
        precision: 'day',
      };
    default:
      return {
        date: `CAST(TRY_STRPTIME(${text}, ${sqlString(format)}) AS DATE)`,
        precision: strptimePrecision(format),
      };
  }
}

/**
 * SQL for a date column: `date` is the first format that parses (NULL if none), and
 * `precision` names which kind of format matched; `uniform` is the precision shared by
 * every format (then the caller may derive it from `date` alone), else null. Never throws:
 * every attempt is TRY_*.
 */
export function dateSQL(
  text: string,
  formats: readonly string[],
): { date: string; precision: string; uniform: 'day' | 'month' | 'year' | null } {
  const parts = formats.map((f) => formatSQL(text, f));
  const date = `COALESCE(${parts.map((p) => p.date).join(', ')})`;
  const precision = `CASE ${parts.map((p) => `WHEN ${p.date} IS NOT NULL THEN '${p.precision}'`).join(' ')} END`;
  const first = parts[0]?.precision ?? null;
  const uniform = parts.every((p) => p.precision === first) ? first : null;
  return { date, precision, uniform };
}
