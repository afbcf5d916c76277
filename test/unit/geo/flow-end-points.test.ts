import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { ADMIN1_POINTS_TABLE, loadReferenceTables } from '../../../src/db/reference-tables.ts';
import { bundledFlowEndPoints, flowEndPoints } from '../../../src/geo/flow-end-points.ts';
import { toFloat64, toStrings } from '../../../src/layers/arrow-to-binary.ts';

describe('flowEndPoints', () => {
  const ends = flowEndPoints(
    [
      ['COL', [-73, 4]],
      ['VEN', [-66, 7]],
    ],
    [['CO-ANT', [-75.5, 7]]],
  );

  it('finds countries and admin-1 units by their key', () => {
    expect(ends.point('COL')).toEqual([-73, 4]);
    expect(ends.point('CO-ANT')).toEqual([-75.5, 7]);
    expect(ends.point('PAN')).toBeUndefined();
  });

  it("draws a cluster at the mean of its members' points, and not at all when one has none", () => {
    expect(ends.point('COL+VEN')).toEqual([-69.5, 5.5]);
    expect(ends.point('COL+PAN')).toBeUndefined();
  });
});

describe('bundledFlowEndPoints', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await loadReferenceTables(db);
  });
  afterAll(() => db.close());

  // The SQL side groups clusters over country_points and folds admin-1 ends over admin1_points;
  // the layer must draw every key those tables hold, at the same point.
  it('holds the point of every key of the reference tables, the same as the table', async () => {
    const t = await db.query(
      `SELECT iso3 AS k, lon::DOUBLE AS lon, lat::DOUBLE AS lat FROM country_points
       UNION ALL SELECT code, lon::DOUBLE, lat::DOUBLE FROM ${ADMIN1_POINTS_TABLE}`,
    );
    const keys = toStrings(t, 'k');
    const lon = toFloat64(t, 'lon');
    const lat = toFloat64(t, 'lat');
    expect(keys.length).toBeGreaterThan(250);
    const bundled = bundledFlowEndPoints();
    const wrong = keys.filter((k, i) => {
      const p = bundled.point(k);
      return !p || p[0] !== lon[i] || p[1] !== lat[i];
    });
    expect(wrong).toEqual([]);
  });
});
