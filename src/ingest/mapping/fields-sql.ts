import { sqlNumber, sqlString } from '../sql-literal.ts';
import type { CompileContext } from './compile-context.ts';
import { DEFAULT_DATE_FORMATS, dateSQL } from './date-sql.ts';
import { dictionarySQL } from './sql-parts.ts';
import type { CoordinatesRule, DateRule, ValueRule } from './types.ts';

/** Label of a rule's source for the report. */
export function ruleLabel(rule: ValueRule | undefined, fallback: string): string {
  return rule?.column ?? (rule?.constant !== undefined ? `(constant ${fallback})` : fallback);
}

/** Cleaned text of a value rule (column or constant), or NULL literal when the rule is absent. */
export function ruleText(ctx: CompileContext, rule: ValueRule | undefined): string {
  if (!rule) return 'CAST(NULL AS VARCHAR)';
  if (rule.column !== undefined) return ctx.text(rule.column, rule.nullValues ?? [], rule.pattern);
  if (rule.constant !== undefined) return sqlString(rule.constant);
  return 'CAST(NULL AS VARCHAR)';
}

/** Adds a `required_missing` check for `value`. */
export function requireValue(ctx: CompileContext, text: string, value: string, label: string): void {
  ctx.check({
    column: label,
    value: text,
    cases: [[`${value} IS NULL AND ${text} IS NULL`, 'required_missing']],
  });
}

/**
 * A free-text field (id, route, office): kept verbatim, rejected when longer than the
 * schema allows; formula-like and HTML-like text is flagged as a warning and never evaluated.
 */
export function textField(
  ctx: CompileContext,
  rule: ValueRule | undefined,
  maxLength: number,
  label: string,
): string {
  const text = ruleText(ctx, rule);
  if (rule?.column === undefined) return text;
  ctx.check({
    column: label,
    value: text,
    // strlen (bytes, stored with the string) bounds length (characters): most rows stop there.
    cases: [
      [
        `CASE WHEN strlen(${text}) > ${sqlNumber(maxLength)} THEN length(${text}) > ${sqlNumber(maxLength)} ELSE false END`,
        'text_too_long',
      ],
    ],
  });
  ctx.warn({
    column: label,
    value: text,
    // `text` is already trimmed, so its first code point is the first visible one (= + @ -).
    // A failing TRY_CAST is slow (≈0.5 µs in DuckDB-WASM): only text that starts like a formula gets one.
    cases: [
      [
        `CASE WHEN ascii(${text}) IN (61, 43, 64, 45) THEN TRY_CAST(${text} AS DOUBLE) IS NULL ELSE false END`,
        'text_formula',
      ],
    ],
  });
  ctx.warn({
    column: label,
    value: text,
    cases: [
      [
        `CASE WHEN contains(${text}, '<') THEN regexp_matches(${text}, '<\\s*/?\\s*[a-zA-Z!][^>]*>') ELSE false END`,
        'text_html',
      ],
    ],
  });
  return text;
}

/** A vocabulary field (crime type, detection source): dictionary lookup, `value_unknown` when no entry matches. */
export function enumField(
  ctx: CompileContext,
  rule: ValueRule | undefined,
  builtin: Readonly<Record<string, string>>,
  allowed: readonly string[],
  label: string,
): string {
  const text = ruleText(ctx, rule);
  if (!rule) return text;
  const value =
    rule.column !== undefined
      ? ctx.lookup(text, (k) => `CAST(${dictionarySQL(k, rule.values, builtin, allowed)} AS VARCHAR)`)
      : ctx.parsed(dictionarySQL(text, rule.values, builtin, allowed));
  ctx.check({
    column: label,
    value: text,
    cases: [[`${text} IS NOT NULL AND ${value} IS NULL`, 'value_unknown']],
  });
  return value;
}

/**
 * SQL of the ISO alpha-3 of one country text `t`, or NULL. A text in the mapping's own
 * dictionary (`values`) is read only through it, and what the dictionary gives must itself be
 * a country the app knows: a made-up code (no name, no point on the map) gives NULL, never what
 * the text itself would have meant. Pure.
 */
export function countrySQL(t: string, values: Readonly<Record<string, string>> | undefined): string {
  if (!values) return `rutas_iso3(${t})`;
  const own = dictionarySQL(t, values, {}, []);
  return `CASE WHEN ${own} IS NOT NULL THEN rutas_iso3(${own}) ELSE rutas_iso3(${t}) END`;
}

/** A country field: names in es/pt/en or ISO codes → ISO alpha-3 ({@link countrySQL}); `country_unknown` otherwise. */
export function countryField(ctx: CompileContext, rule: ValueRule | undefined, label: string): string {
  const text = ruleText(ctx, rule);
  if (!rule) return text;
  const iso3 = (t: string): string => countrySQL(t, rule.values);
  const value = rule.column !== undefined ? ctx.lookup(text, iso3) : ctx.parsed(iso3(text));
  ctx.check({
    column: label,
    value: text,
    cases: [[`${text} IS NOT NULL AND ${value} IS NULL`, 'country_unknown']],
  });
  return value;
}

/**
 * The incident date and its precision; unparseable and future dates (after `today`,
 * YYYY-MM-DD, passed in because DuckDB-WASM has no current_date without ICU) are rejected.
 */
export function dateField(
  ctx: CompileContext,
  rule: DateRule | undefined,
  today: string,
): { date: string; precision: string } {
  const label = ruleLabel(rule, 'date');
  const text = ruleText(ctx, rule);
  const parsed = dateSQL(text, rule?.formats ?? DEFAULT_DATE_FORMATS);
  const date = ctx.parsed(parsed.date);
  // When every format has the same precision it follows from the parsed date, so the
  // formats are not evaluated a second time for it (an expression for the final stage).
  let precision = parsed.uniform
    ? `CASE WHEN ${date} IS NOT NULL THEN ${sqlString(parsed.uniform)} END`
    : ctx.parsed(parsed.precision);
  if (rule?.precisionColumn !== undefined) {
    const given = ctx.text(rule.precisionColumn);
    const lowered = ctx.parsed(`lower(${given})`);
    const known = `${lowered} IN ('day', 'month', 'year')`;
    ctx.check({
      column: rule.precisionColumn,
      value: given,
      cases: [[`${given} IS NOT NULL AND NOT ${known}`, 'value_unknown']],
    });
    precision = `CASE WHEN ${known} THEN ${lowered} ELSE ${precision} END`;
  }
  ctx.check({
    column: label,
    value: text,
    cases: [
      [`${text} IS NULL`, 'required_missing'],
      [`${date} IS NULL`, 'date_unparseable'],
      [`${date} > DATE ${sqlString(today)}`, 'date_future'],
    ],
  });
  return { date, precision };
}

const NUMBER = String.raw`-?\d+(?:[.,]\d+)?`;

function toDouble(text: string): string {
  return `TRY_CAST(replace(${text}, ',', '.') AS DOUBLE)`;
}

/**
 * Latitude/longitude from two columns or one `"lat, lon"` column. Out-of-range and swapped
 * pairs are rejected; kept coordinates are rounded to `grid` degrees (warning when that
 * changed them).
 */
export function coordinateFields(
  ctx: CompileContext,
  lat: ValueRule | undefined,
  lon: ValueRule | undefined,
  both: CoordinatesRule | undefined,
  grid: number,
): { lat: string; lon: string } {
  let latText: string;
  let lonText: string;
  let label: string;
  if (both) {
    const pair = String.raw`^\s*(${NUMBER})\s*[,;\s]\s*(${NUMBER})\s*$`.replace(/\(\?:/g, '(?:');
    const first = ctx.text(both.column, [], pair);
    const second = ctx.parsed(`trim(regexp_extract(${ctx.text(both.column)}, ${sqlString(pair)}, 2))`);
    const ordered = both.order === 'lon_lat' ? [second, first] : [first, second];
    latText = ordered[0] ?? first;
    lonText = ordered[1] ?? second;
    label = both.column;
    const whole = ctx.text(both.column);
    ctx.check({
      column: label,
      value: whole,
      cases: [[`${whole} IS NOT NULL AND (${first} IS NULL OR ${second} = '')`, 'coords_unparseable']],
    });
  } else {
    latText = ruleText(ctx, lat);
    lonText = ruleText(ctx, lon);
    label = `${ruleLabel(lat, 'lat')} / ${ruleLabel(lon, 'lon')}`;
  }
  const la = ctx.parsed(toDouble(latText));
  const lo = ctx.parsed(toDouble(lonText));
  const shown = `concat_ws(', ', ${latText}, ${lonText})`;
  ctx.check({
    column: label,
    value: shown,
    cases: [
      [
        `(${latText} IS NOT NULL AND ${la} IS NULL) OR (${lonText} IS NOT NULL AND ${lo} IS NULL)`,
        'coords_unparseable',
      ],
      [`(${la} IS NULL) <> (${lo} IS NULL)`, 'coords_incomplete'],
      [`abs(${la}) > 90 AND abs(${la}) <= 180 AND abs(${lo}) <= 90`, 'coords_swapped'],
      [`abs(${la}) > 90 OR abs(${lo}) > 180`, 'coords_out_of_range'],
    ],
  });
  const digits = Math.max(0, Math.ceil(-Math.log10(grid)) + 1);
  const coarse = (v: string): string =>
    ctx.parsed(`round(round(${v} / ${sqlNumber(grid)}) * ${sqlNumber(grid)}, ${sqlNumber(digits)})`);
  const cla = coarse(la);
  const clo = coarse(lo);
  ctx.warn({
    column: label,
    value: shown,
    cases: [[`abs(${la} - ${cla}) > 1e-9 OR abs(${lo} - ${clo}) > 1e-9`, 'coords_coarsened']],
  });
  return {
    lat: `CASE WHEN abs(${la}) <= 90 AND abs(${lo}) <= 180 THEN ${cla} END`,
    lon: `CASE WHEN abs(${la}) <= 90 AND abs(${lo}) <= 180 THEN ${clo} END`,
  };
}
