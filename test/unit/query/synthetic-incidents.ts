import type { Database } from '../../../src/db/database.ts';
import { createIncidentsTableSQL } from '../../../src/schema/incident.ts';

const ORIGINS = ['COL', 'VEN', 'HTI', 'HND', 'GTM', 'SLV', 'ECU', 'PER', 'BOL', 'NIC'];
const DESTINATIONS = ['USA', 'MEX', 'ESP', 'CHL', 'ARG'];
const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

/**
 * Test helper: a synthetic incidents table of `rows` rows generated in SQL (range() +
 * hash-based randomness: bit slices of hash(i) and hash(−1−i), since hash(i, c) for
 * different constants c turned out correlated, so it is the same on every run), 120 months from 2015-01. There
 * are 40 route labels `R0`…`R39`; route r always runs origin[r % 10] → destination[r % 5]
 * and is reported by its destination country, so each OD pair holds 4 routes and each
 * country 8. Incidents are uniform over months and routes (≈ rows/4800 per route-month).
 */
export async function createSyntheticIncidents(db: Database, rows: number): Promise<void> {
  const source = `(SELECT
    'S' || i AS id,
    (DATE '2015-01-01' + to_months((h % 120)::INTEGER) + to_days(((h // 4096) % 28)::INTEGER))::DATE AS "date",
    'day' AS date_precision,
    ${list(DESTINATIONS)}[(r % 5) + 1] AS country,
    NULL AS admin1, NULL AS lat, NULL AS lon,
    CASE WHEN (h // 1048576) % 3 = 0 THEN 'smuggling' ELSE 'trafficking' END AS crime_type,
    '' AS exploitation,
    (g % 3)::INTEGER AS women, ((g // 256) % 3)::INTEGER AS men,
    ((g // 65536) % 2)::INTEGER AS girls, ((g // 16777216) % 2)::INTEGER AS boys, 0 AS unknown_sex_age,
    NULL AS nationality,
    ${list(ORIGINS)}[(r % 10) + 1] AS origin,
    '' AS transit,
    ${list(DESTINATIONS)}[(r % 5) + 1] AS destination,
    'R' || r AS route,
    NULL AS detection_source, NULL AS office
  FROM (SELECT i, h, g, ((g // 4294967296) % 40)::INTEGER AS r FROM (SELECT i, hash(i) AS h, hash(-1 - i) AS g FROM range(${Math.floor(rows)}) t(i))))`;
  await db.exec(createIncidentsTableSQL(source));
}

/** Test helper: multiplies the incidents of one route in one month by `factor` (an integer ≥ 2). */
export async function plantRouteSurge(
  db: Database,
  route: string,
  month: string,
  factor: number,
): Promise<void> {
  for (let k = 1; k < factor; k++) {
    await db.exec(`INSERT INTO incidents SELECT * REPLACE (id || '-copy${k}' AS id) FROM incidents
      WHERE route = '${route}' AND month = DATE '${month}' AND id NOT LIKE '%-copy%'`);
  }
}
