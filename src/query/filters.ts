import { SEX_AGE, type SexAge } from '../schema/incident.ts';
import type { FilterKey, Filters } from '../state/filters.ts';
import { and, sqlIn, sqlString, sqlStringList } from './sql.ts';

/**
 * The measure every count uses: persons in the selected sex/age categories (all five when
 * none is selected). Column names come from the schema, never from user input.
 */
export function personsExpr(filters: Filters): string {
  const cols: readonly SexAge[] = filters.sexAge.length ? filters.sexAge : SEX_AGE;
  return cols.length === SEX_AGE.length ? 'persons' : `(${cols.join(' + ')})`;
}

/** First day of a `YYYY-MM` month as a DATE literal; rejects anything else. */
export function monthLiteral(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return `DATE ${sqlString(`${month}-01`)}`;
}

/**
 * The WHERE predicate for the shared filters over the incidents table. `exclude` names the
 * dimensions the asking view selects itself: a view is not filtered by its own selection,
 * so a brushed time series still shows the whole period (cross-filtering, as in Mosaic).
 */
export function filterPredicate(filters: Filters, exclude: readonly FilterKey[] = []): string {
  const skip = new Set(exclude);
  const parts: string[] = [];
  if (filters.period && !skip.has('period')) {
    const [from, to] = filters.period;
    parts.push(`month BETWEEN ${monthLiteral(from)} AND ${monthLiteral(to)}`);
  }
  const list = (key: FilterKey, column: string) => {
    const values = filters[key] as readonly string[] | null;
    if (values?.length && !skip.has(key)) parts.push(sqlIn(column, values));
  };
  list('crimeTypes', 'crime_type');
  list('origin', 'origin');
  list('destination', 'destination');
  list('detection', 'country');
  list('routes', 'route');
  list('offices', 'office');
  if (filters.transit.length && !skip.has('transit')) {
    parts.push(`list_has_any(transit, ${sqlStringList(filters.transit)})`);
  }
  if (filters.exploitation.length && !skip.has('exploitation')) {
    parts.push(`list_has_any(exploitation, ${sqlStringList(filters.exploitation)})`);
  }
  if (filters.sexAge.length && !skip.has('sexAge')) parts.push(`${personsExpr(filters)} > 0`);
  return and(parts);
}
