import { FLAT_COLUMNS, type FlatColumn } from '../../schema/incident.ts';

/**
 * Flat columns no view, chart, alert or export of the app queries: the case id (the largest
 * column of an extract, kept for audits in the source system) and the date's precision.
 * A partitioned load leaves them NULL and never fetches their bytes.
 */
export const UNQUERIED_COLUMNS: ReadonlySet<FlatColumn> = new Set<FlatColumn>(['id', 'date_precision']);

/**
 * The columns a partitioned load reads for the dashboard: every flat column the app's queries
 * use. `country` is listed but comes from the partition path, never from the files.
 */
export const DASHBOARD_COLUMNS: readonly FlatColumn[] = FLAT_COLUMNS.map(([name]) => name).filter(
  (name) => !UNQUERIED_COLUMNS.has(name),
);
