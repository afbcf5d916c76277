import { ADMIN1_UNITS } from '../geo/admin1.ts';
import { COUNTRIES } from '../geo/countries.ts';
import { sqlNumber, sqlString } from '../query/sql.ts';
import type { Database } from './database.ts';

/** Name of the table of admin-1 anchor points (code, iso3, lon, lat) that admin-1 flows join. */
export const ADMIN1_POINTS_TABLE = 'admin1_points';

/**
 * Loads the small reference tables: a point per country (clustered flows group countries by
 * it) and a point per admin-1 unit of the region (ISO 3166-2 code, old codes included, with
 * its country; admin-1 flows join it to keep only units in the destination country). Flow
 * ends and routes are drawn in JavaScript from the same bundled points
 * (src/geo/flow-end-points.ts, route-anchors.ts).
 * Built as SQL VALUES rather than Arrow builders: apache-arrow's builders compile code with
 * `new Function`, which the app's Content-Security-Policy forbids.
 */
export async function loadReferenceTables(db: Database): Promise<void> {
  const countries = COUNTRIES.map(
    (c) =>
      `(${sqlString(c.iso3)}, ${sqlString(c.subregion)}, ${sqlNumber(c.centroid[0])}, ${sqlNumber(c.centroid[1])})`,
  );
  await db.exec(
    `CREATE OR REPLACE TABLE country_points AS SELECT * FROM (VALUES ${countries.join(', ')}) t(iso3, subregion, lon, lat)`,
  );

  const units = Object.entries(ADMIN1_UNITS).map(
    ([code, u]) =>
      `(${sqlString(code)}, ${sqlString(u.iso3)}, ${sqlNumber(u.point[0])}, ${sqlNumber(u.point[1])})`,
  );
  await db.exec(
    `CREATE OR REPLACE TABLE ${ADMIN1_POINTS_TABLE} AS SELECT * FROM (VALUES ${units.join(', ')}) t(code, iso3, lon, lat)`,
  );
}
