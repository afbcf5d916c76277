import {
  CRIME_TYPES,
  DETECTION_SOURCES,
  EXPLOITATION_FORMS,
  FLAT_COLUMNS,
  type FlatColumn,
} from '../../schema/incident.ts';
import { CRIME_TYPE_WORDS, DETECTION_WORDS } from '../dictionaries.ts';
import { sqlIdent, sqlString } from '../sql-literal.ts';
import { CompileContext } from './compile-context.ts';
import {
  coordinateFields,
  countryField,
  dateField,
  enumField,
  requireValue,
  ruleLabel,
  ruleText,
  textField,
} from './fields-sql.ts';
import { exploitationSQL, sexAgeSQL } from './sex-age-sql.ts';
import { type Check, dictionarySQL } from './sql-parts.ts';
import type { ColumnMapping, ValueRule } from './types.ts';

/** Default privacy grid for coordinates, in degrees. */
export const DEFAULT_COORDINATE_GRID = 0.01;

/** What the compiler needs to know about the raw table. */
export interface CompileInput {
  /** Raw table name (all VARCHAR columns; `rowid + 1` is the row number). */
  rawTable: string;
  /** Its columns. */
  columns: readonly string[];
  /** Columns that exist only because some rows had more fields than the header. */
  extraColumns?: readonly string[];
  /** Office to tag rows with when the mapping does not map one. */
  office?: string;
  /** Prefix for generated ids (rows without an id column), e.g. the file name. */
  idPrefix?: string;
  /** Coordinate grid override (else the mapping's, else 0.01). */
  grid?: number;
  /** Today as YYYY-MM-DD: later dates are rejected as future (default: the machine's date, UTC). */
  today?: string;
}

/** The compiled mapping: one SELECT plus the labels of its check columns. */
export interface CompiledMapping {
  /** SELECT producing `__row`, the FLAT_COLUMNS, `__rej` and `__warn` (packed failed checks, NULL when none). */
  sql: string;
  /** Source-column labels of the rejection checks, by index. */
  checkColumns: string[];
  /** Source-column labels of the warning checks, by index. */
  warningColumns: string[];
}

/**
 * Countries separated by `[,;|/]` → `|`-joined ISO-3, in order; any unknown name rejects
 * the row. An unnest subquery, because DuckDB allows no subquery (the lookup) in a lambda.
 */
function countryListField(ctx: CompileContext, rule: ValueRule | undefined): string {
  const text = ruleText(ctx, rule);
  if (!rule) return "''";
  const list = (k: string): string =>
    `(SELECT string_agg(COALESCE(rutas_iso3(trim(u.w)), '?'), '|') FROM (SELECT unnest(regexp_split_to_array(${k}, '[,;|/]')) AS w) u)`;
  const looked = rule.column !== undefined ? ctx.lookup(text, list) : list(text);
  const joined = ctx.parsed(`CASE WHEN ${text} IS NULL THEN '' ELSE ${looked} END`);
  ctx.check({
    column: ruleLabel(rule, 'transit'),
    value: text,
    reason: `CASE WHEN contains(concat('|', ${joined}, '|'), '|?|') THEN 'country_unknown' END`,
  });
  return joined;
}

function admin1Field(ctx: CompileContext, rule: ValueRule | undefined): string {
  const text = ruleText(ctx, rule);
  if (!rule) return text;
  const upper = (t: string): string =>
    `upper(COALESCE(${rule.values ? dictionarySQL(t, rule.values, {}, []) : 'NULL'}, ${t}))`;
  const wellFormed = (v: string): string => `regexp_matches(${v}, '^[A-Z]{2}-[A-Z0-9]{1,3}$')`;
  // Codes repeat: with a source column, normalise and test each distinct text once.
  const byColumn = rule.column !== undefined;
  const value = byColumn ? ctx.lookup(text, upper) : ctx.parsed(upper(text));
  const ok = byColumn ? ctx.lookup(text, (k) => wellFormed(upper(k))) : wellFormed(value);
  ctx.check({
    column: ruleLabel(rule, 'admin1'),
    value: text,
    reason: `CASE WHEN ${text} IS NOT NULL AND NOT ${ok} THEN 'value_unknown' END`,
  });
  return value;
}

/** Stage-3 columns: each check's reason code (NULL when fine), computed once. */
function reasonColumns(checks: readonly Check[], prefix: string): string[] {
  return checks.map((c, i) => `${c.reason} AS ${prefix}${i}`);
}

/**
 * All failed checks of a row in ONE VARCHAR (NULL when the row is fine), so a million
 * passing rows store one NULL instead of dozens: entries `index<US>reason<US>value`
 * joined by RS (chr(30)/chr(31); those two characters in a value show as U+FFFD in the report).
 */
function packedChecks(checks: readonly Check[], reasonPrefix: string): string {
  if (checks.length === 0) return 'CAST(NULL AS VARCHAR)';
  const entries = checks.map((c, i) => {
    const value = `replace(replace(COALESCE(CAST(${c.value} AS VARCHAR), ''), chr(30), '\uFFFD'), chr(31), '\uFFFD')`;
    return `CASE WHEN ${reasonPrefix}${i} IS NOT NULL THEN concat('${i}', chr(31), ${reasonPrefix}${i}, chr(31), ${value}) END`;
  });
  // Almost every row passes: one COALESCE over the reason columns skips the concatenation.
  const any =
    checks.length === 1
      ? `${reasonPrefix}0`
      : `COALESCE(${checks.map((_, i) => `${reasonPrefix}${i}`).join(', ')})`;
  return `CASE WHEN ${any} IS NOT NULL THEN NULLIF(concat_ws(chr(30), ${entries.join(', ')}), '') END`;
}

/**
 * Compiles a mapping into ONE SELECT over the raw table. Pure: the same mapping and
 * columns give the same SQL. Every parse is TRY_ or regexp based, so the query never throws
 * on bad data; each bad value instead yields a reason code in a check column. Throws
 * `MissingColumnError` when the mapping names a column the file lacks.
 */
export function compileMapping(mapping: ColumnMapping, input: CompileInput): CompiledMapping {
  const ctx = new CompileContext(mapping.nullValues ?? [], input.columns, input.rawTable);
  const f = mapping.fields;
  const out = new Map<FlatColumn, string>();

  if (f.id) {
    const id = textField(ctx, f.id, 128, ruleLabel(f.id, 'id'));
    requireValue(ctx, id, id, ruleLabel(f.id, 'id'));
    out.set('id', id);
  } else {
    out.set('id', `concat(${sqlString(input.idPrefix ?? 'row')}, ':', __row)`);
  }
  const date = dateField(ctx, f.date, input.today ?? new Date().toISOString().slice(0, 10));
  out.set('date', date.date);
  out.set('date_precision', date.precision);
  const country = countryField(ctx, f.country, ruleLabel(f.country, 'country'));
  requireValue(ctx, ruleText(ctx, f.country), country, ruleLabel(f.country, 'country'));
  out.set('country', country);
  out.set('admin1', admin1Field(ctx, f.admin1));
  const grid = input.grid ?? mapping.coordinateGrid ?? DEFAULT_COORDINATE_GRID;
  const coords = coordinateFields(ctx, f.lat, f.lon, f.coordinates, grid);
  out.set('lat', coords.lat);
  out.set('lon', coords.lon);
  const crime = f.crime_type ?? { constant: 'unknown' };
  const crimeValue = enumField(ctx, crime, CRIME_TYPE_WORDS, CRIME_TYPES, ruleLabel(crime, 'crime_type'));
  requireValue(ctx, ruleText(ctx, crime), crimeValue, ruleLabel(crime, 'crime_type'));
  out.set('crime_type', crimeValue);
  out.set('exploitation', exploitationSQL(ctx, f.exploitation, EXPLOITATION_FORMS));
  const sexAge = sexAgeSQL(ctx, mapping.sexAge);
  for (const [key, expr] of Object.entries(sexAge)) out.set(key as FlatColumn, expr);
  out.set('nationality', countryField(ctx, f.nationality, ruleLabel(f.nationality, 'nationality')));
  out.set('origin', countryField(ctx, f.origin, ruleLabel(f.origin, 'origin')));
  out.set('transit', countryListField(ctx, f.transit));
  out.set('destination', countryField(ctx, f.destination, ruleLabel(f.destination, 'destination')));
  out.set('route', textField(ctx, f.route, 80, ruleLabel(f.route, 'route')));
  out.set(
    'detection_source',
    enumField(
      ctx,
      f.detection_source,
      DETECTION_WORDS,
      DETECTION_SOURCES,
      ruleLabel(f.detection_source, 'detection_source'),
    ),
  );
  const office = f.office ?? (input.office !== undefined ? { constant: input.office } : undefined);
  out.set('office', textField(ctx, office, 80, ruleLabel(office, 'office')));

  const extras = input.extraColumns ?? [];
  if (extras.length > 0) {
    const texts = extras.map((c) => ctx.text(c));
    ctx.check({
      column: extras.join(', '),
      value: `concat_ws(' | ', ${texts.join(', ')})`,
      reason: `CASE WHEN COALESCE(${texts.join(', ')}) IS NOT NULL THEN 'row_too_many_fields' END`,
    });
  }
  const p = ctx.parts;
  const flat = FLAT_COLUMNS.map(([name]) => `${out.get(name) ?? 'NULL'} AS ${sqlIdent(name)}`);
  const stage1 = ['rowid + 1 AS __row', ...p.texts.map(([n, e]) => `${e} AS ${n}`)].join(',\n    ');
  const stage2 = ['*', ...p.parsed.map(([n, e]) => `${e} AS ${n}`)].join(',\n    ');
  const stage3 = ['*', ...reasonColumns(p.checks, '__cr'), ...reasonColumns(p.warnings, '__cw')].join(
    ',\n    ',
  );
  const final = [
    '__row',
    ...flat,
    `${packedChecks(p.checks, '__cr')} AS __rej`,
    `${packedChecks(p.warnings, '__cw')} AS __warn`,
  ].join(',\n  ');
  const raw = sqlIdent(input.rawTable);
  const joins = p.lookups.map((l, i) => {
    const values = l.values.map(([n, v]) => `${v} AS ${n}`).join(', ');
    const sub = `SELECT k, ${values} FROM (SELECT DISTINCT ${l.key} AS k FROM ${raw}) WHERE k IS NOT NULL`;
    return `LEFT JOIN (${sub}) AS j${i} ON j${i}.k = s1.${l.text}`;
  });
  const looked = ['s1.*', ...p.lookups.flatMap((l, i) => l.values.map(([n]) => `j${i}.${n}`))].join(', ');
  const sql = `WITH s1 AS (SELECT\n    ${stage1}\n  FROM ${raw}),
s1j AS (SELECT ${looked} FROM s1\n  ${joins.join('\n  ')}),
s2 AS (SELECT\n    ${stage2}\n  FROM s1j),
s3 AS (SELECT\n    ${stage3}\n  FROM s2)
SELECT\n  ${final}\nFROM s3`;
  return {
    sql,
    checkColumns: p.checks.map((c) => c.column),
    warningColumns: p.warnings.map((c) => c.column),
  };
}
