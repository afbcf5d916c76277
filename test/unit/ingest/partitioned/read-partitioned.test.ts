import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { parseManifest } from '../../../../src/ingest/partitioned/manifest.ts';
import { type ReadReport, readPartitioned } from '../../../../src/ingest/partitioned/read-partitioned.ts';
import {
  chunkRange,
  type PartitionNeeds,
  periodDays,
  rowGroupOverlaps,
} from '../../../../src/ingest/partitioned/select-partitions.ts';
import { sqlString } from '../../../../src/query/sql.ts';
import {
  type LoggedRequest,
  type PartitionedFixture,
  partitionedFixture,
  staticServer,
} from './partitioned-fixture.ts';

// The reader must fetch only the partitions, row groups and column chunks a view needs, over
// HTTP range requests, and load exactly the rows a direct query on the whole extract returns.
let fx: PartitionedFixture;
let server: Server;
let log: LoggedRequest[];
let db: Database;
let report: ReadReport;
const COLUMNS = ['id', 'date', 'crime_type', 'origin', 'destination', 'women', 'men'];
let needs: PartitionNeeds;

beforeAll(async () => {
  fx = await partitionedFixture();
  db = await openNodeDatabase();
  const served = await staticServer(fx.partitioned);
  server = served.server;
  log = served.log;
  const manifest = parseManifest(await (await fetch(`${served.base}manifest.json`)).json());
  const biggest2021 = manifest.files
    .filter((f) => f.year === 2021)
    .sort((a, b) => b.rows - a.rows)
    .slice(0, 2)
    .map((f) => f.country);
  needs = { period: ['2021-03', '2021-05'], countries: biggest2021, columns: COLUMNS };
  log.length = 0;
  report = await readPartitioned({ db, baseUrl: served.base, manifest, needs });
}, 120_000);
afterAll(async () => {
  await db?.close();
  server?.close();
});

describe('readPartitioned over HTTP range requests', () => {
  it('requests only the partitions of the needed year and countries', () => {
    const wanted = needs.countries.map((c) => `year=2021/country=${c}/part-0.parquet`).sort();
    expect([...new Set(log.map((r) => r.path))].sort()).toEqual(wanted);
    expect(report.files.sort()).toEqual(wanted);
    expect(log.every((r) => r.range !== null)).toBe(true);
  });

  it('reads only the footer and the needed column chunks of overlapping row groups', () => {
    expect(report.rowGroupsSkipped).toBeGreaterThan(0);
    const days = periodDays(['2021-03', '2021-05']);
    for (const path of new Set(log.map((r) => r.path))) {
      const bytes = readFileSync(join(fx.partitioned, path));
      const entry = fx.manifest.files.find((f) => f.path === path)!;
      const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      const allowed: [number, number][] = [[bytes.length - entry.footerBytes, bytes.length]];
      for (const group of meta.row_groups) {
        if (!rowGroupOverlaps(group, 'date', days)) continue;
        for (const c of COLUMNS) allowed.push(chunkRange(group, c)!);
      }
      const requested = log.filter((r) => r.path === path).map((r) => r.range!);
      for (const [s, e] of requested) {
        // every requested byte lies in an allowed interval (adjacent chunks may be merged)
        for (let b = s; b < e; b = allowed.find(([a, z]) => a <= b && b < z)?.[1] ?? e + 1) {
          expect(
            allowed.some(([a, z]) => a <= b && b < z),
            `${path} byte ${b}`,
          ).toBe(true);
        }
      }
      const fetched = requested.reduce((n, [s, e]) => n + e - s, 0);
      expect(fetched).toBeLessThan(bytes.length);
    }
  });

  it('loads exactly the rows a direct query on the whole extract returns', async () => {
    const native = await (await DuckDBInstance.create(':memory:')).connect();
    const days = periodDays(['2021-03', '2021-05']);
    const expected = await native.runAndReadAll(`SELECT ${COLUMNS.join(', ')}, country
FROM read_parquet(${sqlString(fx.single)})
WHERE "date"::DATE BETWEEN DATE ${sqlString(days[0])} AND DATE ${sqlString(days[1])}
  AND country IN (${needs.countries.map(sqlString).join(', ')})
ORDER BY id`);
    native.closeSync();
    const got = await db.query(
      `SELECT ${COLUMNS.map((c) => (c === 'date' ? 'strftime("date", \'%Y-%m-%d\') AS "date"' : c)).join(', ')}, country FROM flat ORDER BY id`,
    );
    const norm = (rows: Record<string, unknown>[]) =>
      rows.map((r) => JSON.stringify(Object.values(r).map((v) => (v === null ? null : String(v)))));
    const expectedRows = expected.getRowObjectsJson() as Record<string, unknown>[];
    expect(expectedRows.length).toBeGreaterThan(50);
    expect(report.rowsLoaded).toBe(expectedRows.length);
    expect(norm(got.toArray().map((r: { toJSON(): Record<string, unknown> }) => r.toJSON()))).toEqual(
      norm(expectedRows),
    );
  });
});
