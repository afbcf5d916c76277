import {
  CRIME_TYPES,
  DETECTION_SOURCES,
  EXPLOITATION_FORMS,
  FLAT_COLUMNS,
  type FlatColumn,
} from '../../schema/incident.ts';
import { CRIME_TYPE_WORDS, DETECTION_WORDS } from '../dictionaries.ts';
import { sqlIdent, sqlString } from '../sql-literal.ts';
import { packedChecksSQL } from './check-sql.ts';
import { CompileContext } from './compile-context.ts';
import {
  coordinateFields,
  countryField,
  countrySQL,
  dateField,
  enumField,
  requireValue,
  ruleLabel,
  ruleText,
  textField,
} from './fields-sql.ts';
import { type LookupValues, lookupStageSQL } from './lookup-sql.ts';
import { exploitationSQL, sexAgeSQL } from './sex-age-sql.ts';
import { type Check, dictionarySQL, type Lookup } from './sql-parts.ts';
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
  /**
   * Resolved values of the lookups, by index of {@link CompiledMapping.lookups} (from a
   * first compile of the same mapping and columns): these become MAP literals instead of joins.
   */
  lookupValues?: readonly (LookupValues | undefined)[];
}

/** The compiled mapping: one SELECT plus the labels of its check columns. */
export interface CompiledMapping {
  /** SELECT producing `__row`, the FLAT_COLUMNS, `__rej` and `__warn` (packed failed checks, NULL when none). */
  sql: string;
  /** Source-column labels of the rejection checks, by index. */
  checkColumns: string[];
  /** Source-column labels of the warning checks, by index. */
  warningColumns: string[];
  /** The rejection checks themselves, by index (tests run each one's SQL on its own). */
  checks: Check[];
  /** The warning checks, by index. */
  warnings: Check[];
  /** Queries resolving each lookup (see {@link lookupQuery}), for {@link CompileInput.lookupValues}. */
  lookups: Lookup[];
}

/**
 * Countries separated by `[,;|/]` → `|`-joined ISO-3, in order, each read as a country field
 * reads its text (the mapping's own dictionary first, {@link countrySQL}); any unknown name
 * rejects the row. An unnest subquery, because DuckDB allows no subquery (the lookup) in a lambda.
 */
function countryListField(ctx: CompileContext, rule: ValueRule | undefined): string {
  const text = ruleText(ctx, rule);
  if (!rule) return "''";
  const list = (k: string): string =>
    `(SELECT string_agg(COALESCE(${countrySQL('trim(u.w)', rule.values)}, '?'), '|') FROM (SELECT unnest(regexp_split_to_array(${k}, '[,;|/]')) AS w) u)`;
  const hasUnknown = (joined: string): string => `contains(concat('|', ${joined}, '|'), '|?|')`;
  // With a source column, the list and its verdict are computed once per distinct text.
  const byColumn = rule.column !== undefined;
  const looked = byColumn ? ctx.lookup(text, list) : list(text);
  const joined = ctx.parsed(`CASE WHEN ${text} IS NULL THEN '' ELSE ${looked} END`);
  const unknown = byColumn ? ctx.lookup(text, (k) => hasUnknown(list(k))) : hasUnknown(joined);
  ctx.check({
    column: ruleLabel(rule, 'transit'),
    value: text,
    cases: [[`${text} IS NOT NULL AND ${unknown}`, 'country_unknown']],
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
    cases: [[`${text} IS NOT NULL AND NOT ${ok}`, 'value_unknown']],
  });
  return value;
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
      cases: [[`COALESCE(${texts.join(', ')}) IS NOT NULL`, 'row_too_many_fields']],
    });
  }
  const p = ctx.parts;
  const flat = FLAT_COLUMNS.map(([name]) => `${out.get(name) ?? 'NULL'} AS ${sqlIdent(name)}`);
  const stage1 = ['rowid + 1 AS __row', ...p.texts.map(([n, e]) => `${e} AS ${n}`)].join(',\n    ');
  const final = [
    '__row',
    ...flat,
    `${packedChecksSQL(p.checks)} AS __rej`,
    `${packedChecksSQL(p.warnings)} AS __warn`,
  ].join(',\n  ');
  const raw = sqlIdent(input.rawTable);
  const stage2 = lookupStageSQL(p.lookups, input.rawTable, input.lookupValues);
  const looked = ['s1.*', ...stage2.select].join(',\n    ');
  const ctes = [
    `s1 AS (SELECT\n    ${stage1}\n  FROM ${raw})`,
    `s2 AS (SELECT\n    ${looked}\n  FROM s1${stage2.joins.map((j) => `\n  ${j}`).join('')})`,
  ];
  const depth = Math.max(0, ...p.parsed.map(([, , d]) => d));
  for (let d = 1; d <= depth; d++) {
    const cols = p.parsed.filter(([, , at]) => at === d).map(([n, e]) => `${e} AS ${n}`);
    ctes.push(`s${d + 2} AS (SELECT\n    ${['*', ...cols].join(',\n    ')}\n  FROM s${d + 1})`);
  }
  const sql = `WITH ${ctes.join(',\n')}\nSELECT\n  ${final}\nFROM s${depth + 2}`;
  return {
    sql,
    checkColumns: p.checks.map((c) => c.column),
    warningColumns: p.warnings.map((c) => c.column),
    checks: p.checks,
    warnings: p.warnings,
    lookups: p.lookups,
  };
}
