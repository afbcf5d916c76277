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
  /** SELECT producing `__row`, the FLAT_COLUMNS, then `__r<i>`/`__v<i>` and `__w<i>`/`__wv<i>`. */
  sql: string;
  /** Source-column labels of the rejection checks, by index. */
  checkColumns: string[];
  /** Source-column labels of the warning checks, by index. */
  warningColumns: string[];
}

/** Countries separated by `[,;|/]` → `|`-joined ISO-3; any unknown name rejects the row. */
function countryListField(ctx: CompileContext, rule: ValueRule | undefined): string {
  const text = ruleText(ctx, rule);
  if (!rule) return "''";
  const list = `list_transform(regexp_split_to_array(${text}, '[,;|/]'), w -> rutas_iso3(trim(w)))`;
  ctx.check({
    column: ruleLabel(rule, 'transit'),
    value: text,
    reason: `CASE WHEN ${text} IS NOT NULL AND list_count(${list}) < len(${list}) THEN 'country_unknown' END`,
  });
  return ctx.parsed(`CASE WHEN ${text} IS NULL THEN '' ELSE array_to_string(${list}, '|') END`);
}

function admin1Field(ctx: CompileContext, rule: ValueRule | undefined): string {
  const text = ruleText(ctx, rule);
  if (!rule) return text;
  const own = rule.values ? dictionarySQL(text, rule.values, {}, []) : 'NULL';
  const value = ctx.parsed(`upper(COALESCE(${own}, ${text}))`);
  ctx.check({
    column: ruleLabel(rule, 'admin1'),
    value: text,
    reason: `CASE WHEN ${text} IS NOT NULL AND NOT regexp_matches(${value}, '^[A-Z]{2}-[A-Z0-9]{1,3}$') THEN 'value_unknown' END`,
  });
  return value;
}

function checkColumns(checks: readonly Check[], r: string, v: string): string[] {
  return checks.flatMap((c, i) => [`${c.reason} AS ${r}${i}`, `${c.value} AS ${v}${i}`]);
}

/**
 * Compiles a mapping into ONE SELECT over the raw table. Pure: the same mapping and
 * columns give the same SQL. Every parse is TRY_ or regexp based, so the query never throws
 * on bad data; each bad value instead yields a reason code in a check column. Throws
 * `MissingColumnError` when the mapping names a column the file lacks.
 */
export function compileMapping(mapping: ColumnMapping, input: CompileInput): CompiledMapping {
  const ctx = new CompileContext(mapping.nullValues ?? [], input.columns);
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
    enumField(ctx, f.detection_source, DETECTION_WORDS, DETECTION_SOURCES, ruleLabel(f.detection_source, 'detection_source')),
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
  const final = [
    '__row',
    ...flat,
    ...checkColumns(p.checks, '__r', '__v'),
    ...checkColumns(p.warnings, '__w', '__wv'),
  ].join(',\n  ');
  const sql = `WITH s1 AS (SELECT\n    ${stage1}\n  FROM ${sqlIdent(input.rawTable)}),
s2 AS (SELECT\n    ${stage2}\n  FROM s1)
SELECT\n  ${final}\nFROM s2`;
  return { sql, checkColumns: p.checks.map((c) => c.column), warningColumns: p.warnings.map((c) => c.column) };
}
