import { incidentCount, type QuerySource, RAW_SOURCE, toSource } from './cube/source.ts';

/** Columns whose distinct values feed the filter lists. */
export const FACET_COLUMNS = {
  origin: 'origin',
  destination: 'destination',
  detection: 'country',
  routes: 'route',
  offices: 'office',
  transit: 'transit',
} as const;

/** A filter whose options come from the data. */
export type Facet = keyof typeof FACET_COLUMNS;

/**
 * Distinct non-empty values of a facet, most frequent first. The list holds values only,
 * never their counts, so no small count reaches the filter panel.
 */
export function facetValuesQuery(facet: Facet, table: string | QuerySource = RAW_SOURCE): string {
  const src = toSource(table);
  const column = FACET_COLUMNS[facet];
  const weight = src.weight === null ? '' : `, ${src.weight}`;
  const source =
    facet === 'transit' ? `(SELECT unnest(transit) AS transit${weight} FROM ${src.table})` : src.table;
  return `SELECT ${column}::VARCHAR AS value FROM ${source} WHERE ${column} IS NOT NULL AND ${column}::VARCHAR <> '' GROUP BY ${column} ORDER BY ${incidentCount(src)} DESC, value`;
}
