import { subregionSQL } from '../geo/subregions.ts';
import { INCIDENTS_TABLE, SEX_AGE, type SexAge } from '../schema/incident.ts';
import type { Filters } from '../state/filters.ts';
import { filterPredicate, personsExpr } from './filters.ts';
import { sqlIdent, sqlString } from './sql.ts';

/**
 * Dimensions a user-defined aggregation (an export, the CLI's `rutas aggregate`, a notebook)
 * can group by. Each is a code column of the result, named as here.
 */
export const AGGREGATE_DIMENSIONS = [
  'country',
  'admin1',
  'subregion',
  'month',
  'quarter',
  'year',
  'crime_type',
  'sex_age',
  'exploitation',
  'route',
  'origin',
  'destination',
  'nationality',
  'office',
] as const;

/** One dimension of an aggregation. */
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];

/** What an aggregation counts: persons (in the selected sex/age categories) or incidents. */
export type AggregateMeasure = 'persons' | 'incidents';

/** An aggregation: the dimensions to group by, the shared filters and the measure. */
export interface AggregateSpec {
  by: readonly AggregateDimension[];
  filters: Filters;
  measure: AggregateMeasure;
}

/** Code of a missing value (NULL or empty text) in any dimension. */
export const MISSING_CODE = 'unknown';

/** Whether a value is a known aggregation dimension. */
export function isAggregateDimension(value: unknown): value is AggregateDimension {
  return typeof value === 'string' && (AGGREGATE_DIMENSIONS as readonly string[]).includes(value);
}

/** Text code of a column: NULL and empty text become {@link MISSING_CODE}. */
function code(column: string): string {
  return `coalesce(nullif(${column}::VARCHAR, ''), ${sqlString(MISSING_CODE)})`;
}

/** The SELECT expression of each dimension over the last stage of the query. */
function dimensionExpr(dim: AggregateDimension): string {
  switch (dim) {
    case 'subregion':
      return subregionSQL('country');
    case 'month':
      return code(`strftime(month, '%Y-%m')`);
    case 'quarter':
      return code(`strftime(month, '%Y') || '-Q' || quarter(month)::VARCHAR`);
    case 'year':
      return code('year');
    case 'sex_age':
      return '_sa.category';
    case 'exploitation':
      return '_form';
    default:
      return code(dim);
  }
}

/**
 * SQL over the incidents table (or `source`, a trusted relation name built by code) returning
 * one row per combination of the dimensions that occurs, with the dimension codes (VARCHAR,
 * missing values as {@link MISSING_CODE}) and a DOUBLE `value`, ordered by the codes.
 *
 * - `sex_age` unpivots the five count columns (only the selected ones when the sex/age filter
 *   is set): with `persons`, `value` is the persons of that category; with `incidents`, the
 *   incidents that have at least one person in it.
 * - `exploitation` unnests the list: a case with two forms counts under both (so the forms
 *   add up to more than the cases), a case with none counts as `unknown`.
 * - `persons` counts the sex/age categories selected by the filter (all when none is).
 * Throws on an empty or repeated dimension list, and on an unknown dimension.
 */
export function aggregateQuery(spec: AggregateSpec, source: string = INCIDENTS_TABLE): string {
  assertDimensions(spec.by);
  const by = spec.by;
  const categories: readonly SexAge[] = spec.filters.sexAge.length ? spec.filters.sexAge : SEX_AGE;
  let stage = `SELECT *, ${personsExpr(spec.filters)} AS _persons FROM ${source} WHERE ${filterPredicate(spec.filters)}`;
  if (by.includes('sex_age')) {
    const structs = categories.map((c) => `{'category': ${sqlString(c)}, 'n': ${c}}`).join(', ');
    stage = `SELECT *, unnest([${structs}]) AS _sa FROM (${stage})`;
  }
  if (by.includes('exploitation')) {
    const forms = `CASE WHEN exploitation IS NULL OR len(exploitation) = 0 THEN [${sqlString(MISSING_CODE)}] ELSE list_distinct(exploitation) END`;
    stage = `SELECT *, unnest(${forms}) AS _form FROM (${stage})`;
  }
  const value = measureExpr(spec.measure, by.includes('sex_age'));
  const columns = by.map((d) => `${dimensionExpr(d)} AS ${sqlIdent(d)}`).join(',\n  ');
  const positions = by.map((_, i) => String(i + 1)).join(', ');
  return `SELECT
  ${columns},
  ${value}::DOUBLE AS value
FROM (
  ${stage}
) AS t
GROUP BY ${positions}
ORDER BY ${positions}`;
}

function measureExpr(measure: AggregateMeasure, bySexAge: boolean): string {
  if (measure === 'persons') return bySexAge ? 'coalesce(sum(_sa.n), 0)' : 'coalesce(sum(_persons), 0)';
  return bySexAge ? 'count(*) FILTER (WHERE _sa.n > 0)' : 'count(*)';
}

/** Throws a RangeError unless `by` is a non-empty list of distinct known dimensions. */
export function assertDimensions(by: readonly unknown[]): asserts by is readonly AggregateDimension[] {
  if (by.length === 0) throw new RangeError('an aggregation needs at least one dimension');
  for (const d of by) if (!isAggregateDimension(d)) throw new RangeError(`unknown dimension: ${String(d)}`);
  if (new Set(by).size !== by.length) throw new RangeError('a dimension is listed twice');
}
