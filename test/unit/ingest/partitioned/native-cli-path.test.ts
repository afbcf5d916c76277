import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { loadReferenceTables } from '../../../../src/db/reference-tables.ts';
import { exploitationFormsQuery, topNationalitiesQuery } from '../../../../src/query/category-query.ts';
import { sexAgeByCrimeTypeQuery } from '../../../../src/query/composition-query.ts';
import { filterPredicate } from '../../../../src/query/filters.ts';
import { flowsQuery } from '../../../../src/query/flows-query.ts';
import { monthlyCrimeSeriesQuery } from '../../../../src/query/series-query.ts';
import { sqlString } from '../../../../src/query/sql.ts';
import { createIncidentsTableSQL } from '../../../../src/schema/incident.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { type PartitionedFixture, partitionedFixture } from './partitioned-fixture.ts';

// The documented native path (docs/SCALING.md): the builders' SQL, unchanged, over the
// Hive-partitioned files read with read_parquet(…, hive_partitioning = true), must give the
// same numbers as over the single extract.
let fx: PartitionedFixture;
let single: DuckDBConnection;
let parts: DuckDBConnection;

async function incidentsFrom(relation: string): Promise<DuckDBConnection> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const db = { exec: async (sql: string) => void (await conn.run(sql)) } as unknown as Database;
  await loadReferenceTables(db);
  await conn.run(createIncidentsTableSQL(relation));
  return conn;
}

beforeAll(async () => {
  fx = await partitionedFixture();
  single = await incidentsFrom(`read_parquet(${sqlString(fx.single)})`);
  const glob = join(fx.partitioned, 'year=*', 'country=*', '*.parquet');
  parts = await incidentsFrom(`read_parquet(${sqlString(glob)}, hive_partitioning = true)`);
}, 120_000);
afterAll(() => {
  single?.closeSync();
  parts?.closeSync();
});

const filters: Filters = {
  ...EMPTY_FILTERS,
  period: ['2020-06', '2021-09'],
  crimeTypes: ['trafficking', 'both'],
};
const QUERIES: Record<string, string> = {
  monthlyCrimeSeries: monthlyCrimeSeriesQuery(filterPredicate(filters, ['period'])),
  sexAgeByCrimeType: sexAgeByCrimeTypeQuery(filterPredicate(filters)),
  exploitationForms: exploitationFormsQuery(filterPredicate(filters, ['exploitation'])),
  topNationalities: topNationalitiesQuery(filterPredicate(filters), 8),
  flows: `SELECT origin, destination, category, persons FROM (${flowsQuery({ filters, split: 'crime_type' })})
ORDER BY persons DESC, origin, destination, category`,
};

describe('builder SQL over Hive-partitioned Parquet with native DuckDB', () => {
  it('holds every incident of the single extract', async () => {
    const count = async (c: DuckDBConnection) =>
      (await c.runAndReadAll('SELECT count(*)::BIGINT, sum(persons)::BIGINT FROM incidents')).getRowsJson();
    expect(await count(parts)).toEqual(await count(single));
    expect(fx.manifest.files.reduce((n, f) => n + f.rows, 0)).toBe(150_000);
  });

  for (const [name, sql] of Object.entries(QUERIES)) {
    it(`${name} gives the same rows`, async () => {
      const a = (await single.runAndReadAll(sql)).getRowsJson();
      const b = (await parts.runAndReadAll(sql)).getRowsJson();
      expect(a.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    });
  }
});
