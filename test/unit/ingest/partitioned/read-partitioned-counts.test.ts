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
