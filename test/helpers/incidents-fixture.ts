import type { Database } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { type FlowEndPoints, flowEndPoints } from '../../src/geo/flow-end-points.ts';
import { type RouteAnchors, routeAnchors } from '../../src/geo/route-anchors.ts';
import { createIncidentsTableSQL, FLAT_COLUMNS, type FlatIncident } from '../../src/schema/incident.ts';

/** A flat incident with defaults, so fixtures state only what a test is about. */
export function incident(partial: Partial<FlatIncident> & { id: string }): FlatIncident {
  return {
    date: '2021-01-15',
    date_precision: 'day',
    country: 'COL',
    admin1: null,
    lat: null,
    lon: null,
    crime_type: 'smuggling',
    exploitation: '',
    women: 0,
    men: 1,
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
    ...partial,
  };
}

function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

/** Loads fixture incidents through the same table builder the app uses. */
export async function loadIncidents(db: Database, rows: readonly FlatIncident[]): Promise<void> {
  const names = FLAT_COLUMNS.map(([n]) => n);
  const values = rows
    .map((r) => `(${FLAT_COLUMNS.map(([n, t]) => `${literal(r[n])}::${t}`).join(', ')})`)
    .join(',\n');
  await db.exec(
    `CREATE OR REPLACE TEMP VIEW flat_fixture AS SELECT * FROM (VALUES ${values}) t(${names.map((n) => `"${n}"`).join(', ')})`,
  );
  await db.exec(createIncidentsTableSQL('flat_fixture'));
}

/** Country anchor points of a small hand-checkable world. */
const FIXTURE_POINTS: readonly (readonly [string, readonly [number, number]])[] = [
  ['VEN', [-66.0, 7.0]],
  ['COL', [-73.0, 4.0]],
  ['PAN', [-80.0, 8.5]],
  ['CRI', [-84.0, 10.0]],
  ['MEX', [-102.0, 23.0]],
  ['USA', [-100.0, 40.0]],
];

/** The hand-checkable world's route anchors: its points and one crossing, Colombia–Panama. */
export function fixtureAnchors(without: readonly string[] = []): RouteAnchors {
  return routeAnchors(
    FIXTURE_POINTS.filter(([iso3]) => !without.includes(iso3)),
    [{ countryA: 'COL', countryB: 'PAN', lon: -77.4, lat: 8.0 }],
  );
}

/**
 * Flow end points of the hand-checkable world (toFlowData's default is the bundled world),
 * optionally `without` some countries, and with `admin1` points of a test's own.
 */
export function fixtureEndPoints(
  without: readonly string[] = [],
  admin1: readonly (readonly [string, readonly [number, number]])[] = [],
): FlowEndPoints {
  return flowEndPoints(
    FIXTURE_POINTS.filter(([iso3]) => !without.includes(iso3)),
    admin1,
  );
}

/** The hand-checkable world's country points as the `country_points` table (clustered flows group them). */
export async function loadPoints(db: Database): Promise<void> {
  const values = FIXTURE_POINTS.map(([iso3, [lon, lat]]) => `('${iso3}', ${lon}, ${lat})`).join(', ');
  await db.exec(
    `CREATE OR REPLACE TABLE country_points AS SELECT * FROM (VALUES ${values}) t(iso3, lon, lat)`,
  );
}

/** A fresh Node database with fixture incidents and points loaded. */
export async function fixtureDatabase(rows: readonly FlatIncident[]): Promise<Database> {
  const db = await openNodeDatabase();
  await loadIncidents(db, rows);
  await loadPoints(db);
  return db;
}
