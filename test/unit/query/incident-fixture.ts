import type { Database } from '../../../src/db/database.ts';
import { createIncidentsTableSQL, FLAT_COLUMNS, type FlatIncident } from '../../../src/schema/incident.ts';

/** Test helper: an SQL literal for a fixture value (fixtures are constants, quoted anyway). */
function literal(v: string | number | null): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') return String(v);
  return `'${v.replaceAll("'", "''")}'`;
}

const DEFAULTS: FlatIncident = {
  id: 'x',
  date: '2020-01-15',
  date_precision: 'day',
  country: 'COL',
  admin1: null,
  lat: null,
  lon: null,
  crime_type: 'trafficking',
  exploitation: '',
  women: 0,
  men: 0,
  girls: 0,
  boys: 0,
  unknown_sex_age: 0,
  nationality: null,
  origin: null,
  transit: '',
  destination: null,
  route: null,
  detection_source: null,
  office: null,
};

/**
 * Creates the incidents table from a few partial rows through the real
 * `createIncidentsTableSQL`, so fixtures get the same derived columns as loaded data.
 */
export async function loadIncidents(
  db: Database,
  rows: Partial<FlatIncident>[],
  table = 'incidents',
): Promise<void> {
  const tuples = rows.map((r, i) => {
    const row: FlatIncident = { ...DEFAULTS, id: `i${i}`, ...r };
    return `(${FLAT_COLUMNS.map(([name, type]) => `${literal(row[name])}::${type}`).join(', ')})`;
  });
  const names = FLAT_COLUMNS.map(([name]) => `"${name}"`).join(', ');
  await db.exec(createIncidentsTableSQL(`(VALUES ${tuples.join(',\n')}) AS v(${names})`, table));
}
