import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partitionExtract } from '../../../../scripts/partition-extract.ts';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { requestsFor } from '../../../../src/ingest/partitioned/coverage.ts';
import { DASHBOARD_COLUMNS } from '../../../../src/ingest/partitioned/dashboard-columns.ts';
import {
  emptyIncidentsTableSQL,
  emptyReportTableSQL,
  type ReadReport,
  readPartitions,
} from '../../../../src/ingest/partitioned/read-partitioned.ts';
import { sqlString } from '../../../../src/query/sql.ts';
import { staticServer } from './partitioned-fixture.ts';

// Partitioned files are read as they are, without the file ingest's checks. An empty sex/age
// count (or a count column the files lack) must still read as 0, as the ingest reads it: a
// NULL would make the incident's persons NULL, and the map cubes (which sum the counts) would
// disagree with the table. A negative count is not loaded: the row is counted and listed.
let db: Database;
let server: Server;
let base: string;
let dir: string;
let report: ReadReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rutas-partitioned-counts-'));
  const single = join(dir, 'incidents.parquet');
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(`COPY (SELECT * EXCLUDE (unknown_sex_age) FROM (VALUES
    ('a', DATE '2021-03-02', 'day', 'COL', NULL, NULL, NULL, 'trafficking', '', NULL::INTEGER, 1, 3, 0, 0, NULL, 'VEN', '', 'COL', NULL, NULL, NULL),
    ('b', DATE '2021-03-05', 'day', 'COL', NULL, NULL, NULL, 'trafficking', '', 2, 0, 0, 0, 0, NULL, 'VEN', '', 'COL', NULL, NULL, NULL),
    ('c', DATE '2021-03-07', 'day', 'COL', NULL, NULL, NULL, 'trafficking', '', 1, -2, 0, -1, 0, NULL, 'VEN', '', 'COL', NULL, NULL, NULL),
    ('d', DATE '2021-03-09', 'day', 'COL', NULL, NULL, NULL, 'trafficking', '', 0, 1, 0, 0, 0, NULL, 'VEN', '', 'COL', NULL, NULL, NULL)
  ) t(id, "date", date_precision, country, admin1, lat, lon, crime_type, exploitation, women, men, girls, boys,
      unknown_sex_age, nationality, origin, transit, destination, route, detection_source, office))
    TO ${sqlString(single)} (FORMAT parquet)`);
  conn.closeSync();
  const manifest = await partitionExtract(single, join(dir, 'parts'));
  const served = await staticServer(join(dir, 'parts'));
  server = served.server;
  base = served.base;
  db = await openNodeDatabase();
  await db.exec(emptyIncidentsTableSQL('loaded'));
  await db.exec(emptyReportTableSQL('rejected'));
  report = await readPartitions({
    db,
    baseUrl: base,
    requests: requestsFor(manifest, { period: null, countries: ['COL'] }),
    columns: DASHBOARD_COLUMNS,
    table: 'loaded',
    rejections: 'rejected',
  });
}, 60_000);
afterAll(async () => {
  await db?.close();
  server?.close();
});

describe('readPartitions and empty counts', () => {
  it('reads an empty sex/age count, or one missing from the files, as 0: every incident has its persons', async () => {
    const t = await db.query('SELECT women, unknown_sex_age, persons FROM loaded ORDER BY "date"');
    expect(t.toArray().map((r) => [Number(r.women), Number(r.unknown_sex_age), Number(r.persons)])).toEqual([
      [0, 0, 4],
      [2, 0, 2],
      [0, 0, 1],
    ]);
  });

  it('leaves out a row with a negative count, and lists it by file, row and column', async () => {
    expect(report.rowsLoaded).toBe(3);
    expect(report.rowsRejected).toBe(1);
    expect(report.rowsLoaded + report.rowsRejected).toBe(4);
    const t = await db.query('SELECT file, "row", "column", "value", reason FROM rejected ORDER BY "column"');
    expect(t.toArray().map((r) => [String(r.file), Number(r.row), r.column, r.value, r.reason])).toEqual([
      [report.files[0], 3, 'boys', '-1', 'count_negative'],
      [report.files[0], 3, 'men', '-2', 'count_negative'],
    ]);
  });
});

describe('readPartitions and negative counts across row groups', () => {
  // 6,000 incidents in March and April 2021 (one a day's worth each), three row groups of
  // 2,048; a few have a negative count, in later row groups and outside the requested month.
  it('numbers each rejected row as the file does, and rejects only rows of the requested months', async () => {
    const many = join(dir, 'many.parquet');
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    await conn.run(`COPY (SELECT 'r' || i AS id, DATE '2021-03-01' + CAST(i * 61 // 6000 AS INTEGER) AS "date",
        'day' AS date_precision, 'PER' AS country, NULL::VARCHAR AS admin1, NULL::DOUBLE AS lat, NULL::DOUBLE AS lon,
        'smuggling' AS crime_type, '' AS exploitation, 0 AS women,
        CASE WHEN i IN (10, 2500, 4100, 5900) THEN -3 ELSE 1 END AS men, 0 AS girls, 0 AS boys, 0 AS unknown_sex_age,
        NULL::VARCHAR AS nationality, 'VEN' AS origin, '' AS transit, 'PER' AS destination, NULL::VARCHAR AS route,
        NULL::VARCHAR AS detection_source, NULL::VARCHAR AS office
      FROM range(6000) t(i)) TO ${sqlString(many)} (FORMAT parquet)`);
    const manifest = await partitionExtract(many, join(dir, 'many-parts'), { rowGroupSize: 2048 });
    const file = join(dir, 'many-parts', manifest.files[0]!.path);
    // What the file itself says: rows (from 1) with a negative count in March.
    const expected =
      await conn.runAndReadAll(`SELECT file_row_number + 1 AS n FROM read_parquet(${sqlString(file)}, file_row_number = true)
      WHERE men < 0 AND "date" < DATE '2021-04-01' ORDER BY n`);
    const march = await conn.runAndReadAll(
      `SELECT count(*) FROM read_parquet(${sqlString(file)}) WHERE "date" < DATE '2021-04-01'`,
    );
    conn.closeSync();
    const served = await staticServer(join(dir, 'many-parts'));
    const scratch = await openNodeDatabase();
    try {
      await scratch.exec(emptyIncidentsTableSQL('loaded'));
      await scratch.exec(emptyReportTableSQL('rejected'));
      const read = await readPartitions({
        db: scratch,
        baseUrl: served.base,
        requests: requestsFor(manifest, { period: ['2021-03', '2021-03'], countries: ['PER'] }),
        columns: DASHBOARD_COLUMNS,
        table: 'loaded',
        rejections: 'rejected',
      });
      const rows = expected.getRows().map((r) => Number(r[0]));
      // Two negatives in March (one in a later row group), two in April, which was not asked for.
      expect(rows.length).toBe(2);
      expect(rows[1]).toBeGreaterThan(2048);
      expect(read.rowsRejected).toBe(2);
      expect(read.rowsLoaded + read.rowsRejected).toBe(Number(march.getRows()[0]?.[0]));
      const t = await scratch.query('SELECT "row" FROM rejected ORDER BY "row"');
      expect(t.toArray().map((r) => Number(r.row))).toEqual(rows);
    } finally {
      await scratch.close();
      served.server.close();
    }
  }, 60_000);
});
