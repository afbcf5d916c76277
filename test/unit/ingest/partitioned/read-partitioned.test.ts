import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { type FileMetaData, parquetMetadata } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import {
  type Coverage,
  EMPTY_COVERAGE,
  requestsFor,
  type ViewNeeds,
  withRequests,
} from '../../../../src/ingest/partitioned/coverage.ts';
import { DASHBOARD_COLUMNS } from '../../../../src/ingest/partitioned/dashboard-columns.ts';
import { type PartitionManifest, parseManifest } from '../../../../src/ingest/partitioned/manifest.ts';
import { RangeUnsupportedError } from '../../../../src/ingest/partitioned/range-buffer.ts';
import {
  emptyIncidentsTableSQL,
  type ReadReport,
  readPartitions,
} from '../../../../src/ingest/partitioned/read-partitioned.ts';
import {
  chunkRange,
  periodDays,
  rowGroupOverlaps,
} from '../../../../src/ingest/partitioned/select-partitions.ts';
import { sqlString } from '../../../../src/query/sql.ts';
import { createIncidentsTableSQL } from '../../../../src/schema/incident.ts';
import {
  type LoggedRequest,
  type PartitionedFixture,
  partitionedFixture,
  staticServer,
} from './partitioned-fixture.ts';

// The reader must fetch only the partitions, row groups and column chunks a view needs, over
// HTTP range requests, hand DuckDB Arrow, and load exactly the incidents a direct query on
// the whole extract returns; a wider view must add only the months it adds.
let fx: PartitionedFixture;
let server: Server;
let base: string;
let log: LoggedRequest[];
let db: Database;
let native: DuckDBConnection;
let manifest: PartitionManifest;
let first: ReadReport;
let firstLog: LoggedRequest[];
let second: ReadReport;
let secondLog: LoggedRequest[];
let needs: ViewNeeds;
const footers = new Map<string, FileMetaData>();
const READ = DASHBOARD_COLUMNS.filter((c) => c !== 'country');
/** Incident columns compared (the skipped id and date precision are NULL by design). */
const COMPARED = `strftime("date", '%Y-%m-%d') AS d, country, admin1, lat, lon, crime_type,
  coalesce(array_to_string(exploitation, '|'), '') AS ex, women, men, girls, boys, unknown_sex_age, persons,
  nationality, origin, coalesce(array_to_string(transit, '|'), '') AS tr, destination, route, detection_source, office`;

beforeAll(async () => {
  fx = await partitionedFixture();
  db = await openNodeDatabase();
  native = await (await DuckDBInstance.create(':memory:')).connect();
  await native.run(createIncidentsTableSQL(`read_parquet(${sqlString(fx.single)})`));
  const served = await staticServer(fx.partitioned);
  server = served.server;
  base = served.base;
  log = served.log;
  manifest = parseManifest(await (await fetch(`${base}manifest.json`)).json());
  const biggest2021 = manifest.files
    .filter((f) => f.year === 2021)
    .sort((a, b) => b.rows - a.rows)
    .slice(0, 2)
    .map((f) => f.country);
  needs = { period: ['2021-03', '2021-05'], countries: biggest2021 };
  await db.exec(emptyIncidentsTableSQL('loaded'));
  log.length = 0;
  const requests = requestsFor(manifest, needs);
  first = await readPartitions({
    db,
    baseUrl: base,
    requests,
    columns: DASHBOARD_COLUMNS,
    table: 'loaded',
    footers,
  });
  firstLog = log.splice(0);
  const coverage: Coverage = withRequests(EMPTY_COVERAGE, requests);
  const wider: ViewNeeds = { ...needs, period: ['2021-01', '2021-06'] };
  second = await readPartitions({
    db,
    baseUrl: base,
    requests: requestsFor(manifest, wider, coverage),
    columns: DASHBOARD_COLUMNS,
    table: 'loaded',
    footers,
  });
  secondLog = log.splice(0);
}, 180_000);
afterAll(async () => {
  await db?.close();
  native?.closeSync();
  server?.close();
});

/** The byte intervals a read may touch in `path`: its footer and the read columns of groups in `period`. */
function allowedRanges(
  path: string,
  period: readonly [string, string],
  withFooter: boolean,
): [number, number][] {
  const bytes = readFileSync(join(fx.partitioned, path));
  const entry = manifest.files.find((f) => f.path === path)!;
  const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const days = periodDays(period);
  const allowed: [number, number][] = withFooter ? [[bytes.length - entry.footerBytes, bytes.length]] : [];
  for (const group of meta.row_groups) {
    if (!rowGroupOverlaps(group, 'date', days)) continue;
    for (const c of READ) allowed.push(chunkRange(group, c)!);
  }
  return allowed;
}

function expectInside(requests: LoggedRequest[], allowedOf: (path: string) => [number, number][]): void {
  for (const r of requests) {
    expect(r.range, `${r.path} fetched whole`).not.toBeNull();
    const allowed = allowedOf(r.path);
    const [s, e] = r.range!;
    // every requested byte lies in an allowed interval (adjacent chunks may be merged)
    for (let b = s; b < e; b = allowed.find(([a, z]) => a <= b && b < z)?.[1] ?? e + 1) {
      expect(
        allowed.some(([a, z]) => a <= b && b < z),
        `${r.path} byte ${b}`,
      ).toBe(true);
    }
  }
}

async function nativeRows(period: readonly [string, string]): Promise<string[]> {
  const days = periodDays(period);
  const result = await native.runAndReadAll(`SELECT ${COMPARED} FROM incidents
WHERE "date" BETWEEN DATE ${sqlString(days[0])} AND DATE ${sqlString(days[1])}
  AND country IN (${needs.countries.map(sqlString).join(', ')})`);
  return result
    .getRowsJson()
    .map((r) => JSON.stringify(r.map((v) => (v === null ? null : String(v)))))
    .sort();
}

describe('readPartitions over HTTP range requests', () => {
  it('requests only the partitions of the needed year and countries', () => {
    const wanted = needs.countries.map((c) => `year=2021/country=${c}/part-0.parquet`).sort();
    expect([...new Set(firstLog.map((r) => r.path))].sort()).toEqual(wanted);
    expect([...first.files].sort()).toEqual(wanted);
    expect(first.filesTotal).toBe(2);
  });

  it('reads only footers and the needed column chunks of overlapping row groups, never the id', () => {
    expect(first.rowGroupsSkipped).toBeGreaterThan(0);
    expectInside(firstLog, (path) => allowedRanges(path, ['2021-03', '2021-05'], true));
    for (const path of new Set(firstLog.map((r) => r.path))) {
      const size = readFileSync(join(fx.partitioned, path)).length;
      const fetched = firstLog
        .filter((r) => r.path === path)
        .reduce((n, r) => n + r.range![1] - r.range![0], 0);
      expect(fetched).toBeLessThan(size);
      const meta = footers.get(path)!;
      const ids = meta.row_groups.map((g) => chunkRange(g, 'id')!);
      for (const r of firstLog.filter((x) => x.path === path)) {
        for (const [a, z] of ids) expect(r.range![1] <= a || r.range![0] >= z, `${path} id bytes`).toBe(true);
      }
    }
    expect(first.bytesFetched).toBe(firstLog.reduce((n, r) => n + r.range![1] - r.range![0], 0));
  });

  it('loads exactly the incidents a direct query on the whole extract returns', async () => {
    const expected = await nativeRows(['2021-03', '2021-05']);
    expect(expected.length).toBeGreaterThan(50);
    expect(first.rowsLoaded).toBe(expected.length);
  });

  it('adds only the months a wider period adds, without refetching footers or duplicating rows', async () => {
    expect(secondLog.length).toBeGreaterThan(0);
    const footerStarts = new Set(manifest.files.map((f) => `${f.path}@${f.bytes - f.footerBytes}`));
    expect(secondLog.filter((r) => footerStarts.has(`${r.path}@${r.range![0]}`))).toEqual([]);
    expectInside(secondLog, (path) => [
      ...allowedRanges(path, ['2021-01', '2021-02'], false),
      ...allowedRanges(path, ['2021-06', '2021-06'], false),
    ]);
    const expected = await nativeRows(['2021-01', '2021-06']);
    expect(first.rowsLoaded + second.rowsLoaded).toBe(expected.length);
    const got = await db.query(`SELECT ${COMPARED}, id, date_precision FROM loaded`);
    const rows = got.toArray().map((r) => {
      const o = r.toJSON() as Record<string, unknown>;
      expect(o.id).toBeNull();
      expect(o.date_precision).toBeNull();
      const { id: _id, date_precision: _p, ...rest } = o;
      return JSON.stringify(Object.values(rest).map((v) => (v === null ? null : String(v))));
    });
    expect(rows.sort()).toEqual(expected);
  });

  it('refuses a server that answers a Range request with the whole file', async () => {
    const noRange: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.delete('range');
      return fetch(input, { ...init, headers });
    };
    await db.exec(emptyIncidentsTableSQL('refused'));
    await expect(
      readPartitions({
        db,
        baseUrl: base,
        requests: requestsFor(manifest, needs).slice(0, 1),
        columns: DASHBOARD_COLUMNS,
        table: 'refused',
        fetch: noRange,
      }),
    ).rejects.toBeInstanceOf(RangeUnsupportedError);
    const n = await db.query('SELECT count(*)::DOUBLE AS n FROM refused');
    expect(Number(n.get(0)?.n)).toBe(0);
  });

  it('stops between row groups when aborted', async () => {
    await db.exec(emptyIncidentsTableSQL('aborted'));
    const controller = new AbortController();
    await expect(
      readPartitions({
        db,
        baseUrl: base,
        requests: requestsFor(manifest, { period: null, countries: needs.countries }),
        columns: DASHBOARD_COLUMNS,
        table: 'aborted',
        signal: controller.signal,
        onProgress: (r) => {
          if (r.rowGroupsRead === 1) controller.abort(new Error('user cancelled'));
        },
      }),
    ).rejects.toThrow('user cancelled');
    const tables = await db.query(
      "SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE table_name LIKE 'partition_chunk%'",
    );
    expect(Number(tables.get(0)?.n)).toBe(0);
  });
});
