import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { subregionSQL } from '../../../src/geo/subregions.ts';
import { csvBytes, parquetBytes } from './write-bytes.ts';

/**
 * Acceptance test of the generator's published patterns, computed in DuckDB over 100,000
 * generated rows, once from the CSV and once from the Parquet file.
 */
const ROWS = 100_000;
let db: Database;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.query(sql)).toArray().map((r) => r.toJSON() as Record<string, unknown>);
}

beforeAll(async () => {
  db = await openNodeDatabase();
  await db.registerBuffer('synthetic.csv', await csvBytes(2024, ROWS));
  await db.exec(`CREATE TABLE from_csv AS SELECT * FROM read_csv('synthetic.csv', header = true)`);
  const parquet = await parquetBytes(2024, ROWS);
  const ipc = readParquet(parquet).intoIPCStream();
  expect(tableFromIPC(ipc).numRows).toBe(ROWS);
  await db.insertArrowIPC('from_parquet', ipc);
});
afterAll(async () => {
  await db?.close();
});

describe.each(['from_csv', 'from_parquet'])('synthetic patterns (%s)', (table) => {
  it('has exactly the requested rows', async () => {
    const [r] = await rows(`SELECT count(*)::BIGINT AS n FROM ${table}`);
    expect(Number(r?.n)).toBe(ROWS);
  });

  it('women and girls are ≈79% of trafficking victims in Central America & the Caribbean, ≈74% in South America', async () => {
    const shares = await rows(`
      SELECT ${subregionSQL('country')} AS subregion,
             (sum(women + girls)::DOUBLE / sum(women + girls + men + boys)::DOUBLE) AS share
      FROM ${table} WHERE crime_type = 'trafficking' GROUP BY 1`);
    const by = new Map(shares.map((r) => [r.subregion, r.share as number]));
    expect(Math.abs((by.get('central_america_caribbean') ?? 0) - 0.79)).toBeLessThan(0.02);
    expect(Math.abs((by.get('south_america') ?? 0) - 0.74)).toBeLessThan(0.02);
  });

  it('smuggled persons are mostly adult men (≈70%)', async () => {
    const [r] = await rows(`
      SELECT sum(men)::DOUBLE / sum(women + men + girls + boys)::DOUBLE AS men
      FROM ${table} WHERE crime_type = 'smuggling'`);
    expect(r?.men as number).toBeGreaterThan(0.64);
    expect(r?.men as number).toBeLessThan(0.74);
  });

  it('has the crime type mix: smuggling the largest, trafficking substantial, both ≈3%, unknown ≈2%', async () => {
    const mix = await rows(`SELECT crime_type, count(*)::DOUBLE / ${ROWS} AS share FROM ${table} GROUP BY 1`);
    const by = new Map(mix.map((r) => [r.crime_type, r.share as number]));
    expect(by.get('smuggling') as number).toBeGreaterThan(by.get('trafficking') as number);
    expect(by.get('trafficking') as number).toBeGreaterThan(0.3);
    expect(Math.abs((by.get('both') as number) - 0.03)).toBeLessThan(0.01);
    expect(Math.abs((by.get('unknown') as number) - 0.02)).toBeLessThan(0.01);
  });

  it('shows the 2020 shift: a spring-2020 dip, then more Darién crossings and a larger irregular share', async () => {
    const [r] = await rows(`
      SELECT
        count(*) FILTER (WHERE date_precision <> 'year' AND "date" >= DATE '2019-04-01' AND "date" < DATE '2019-07-01')::DOUBLE AS spring2019,
        count(*) FILTER (WHERE date_precision <> 'year' AND "date" >= DATE '2020-04-01' AND "date" < DATE '2020-07-01')::DOUBLE AS spring2020,
        (count(*) FILTER (WHERE route = 'Darién' AND "date" >= DATE '2020-03-01'))::DOUBLE
          / count(*) FILTER (WHERE "date" >= DATE '2020-03-01') AS darien_after,
        (count(*) FILTER (WHERE route = 'Darién' AND "date" < DATE '2020-03-01'))::DOUBLE
          / count(*) FILTER (WHERE "date" < DATE '2020-03-01') AS darien_before,
        (count(*) FILTER (WHERE route IN ('Darién', 'Caribbean') AND "date" >= DATE '2020-03-01'))::DOUBLE
          / count(*) FILTER (WHERE "date" >= DATE '2020-03-01') AS irregular_after,
        (count(*) FILTER (WHERE route IN ('Darién', 'Caribbean') AND "date" < DATE '2020-03-01'))::DOUBLE
          / count(*) FILTER (WHERE "date" < DATE '2020-03-01') AS irregular_before,
        count(*) FILTER (WHERE country = 'CHL' AND admin1 = 'CL-TA' AND "date" < DATE '2019-01-01')::DOUBLE AS colchane_early,
        count(*) FILTER (WHERE country = 'CHL' AND admin1 = 'CL-TA' AND "date" >= DATE '2021-01-01' AND "date" < DATE '2022-01-01')::DOUBLE AS colchane_2021
      FROM ${table}`);
    expect(r?.spring2020 as number).toBeLessThan(0.75 * (r?.spring2019 as number));
    expect(r?.darien_after as number).toBeGreaterThan(3 * (r?.darien_before as number));
    expect(r?.irregular_after as number).toBeGreaterThan(r?.irregular_before as number);
    // per year: 2015–2018 is four years
    expect(r?.colchane_2021 as number).toBeGreaterThan((2 * (r?.colchane_early as number)) / 4);
  });

  it('follows the regional flows: Venezuelan outflows to its neighbours, Haiti to the Dominican Republic, flows to Iberia', async () => {
    const venezuela = await rows(`
      SELECT destination, count(*)::BIGINT AS n FROM ${table}
      WHERE origin = 'VEN' AND destination IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`);
    const top = venezuela.slice(0, 7).map((r) => r.destination);
    for (const c of ['COL', 'PER', 'ECU', 'CHL', 'BRA']) expect(top).toContain(c);
    const [h] = await rows(
      `SELECT count(*)::BIGINT AS n FROM ${table} WHERE origin = 'HTI' AND country = 'DOM'`,
    );
    expect(Number(h?.n)).toBeGreaterThan(ROWS * 0.02);
    const iberia = await rows(`
      SELECT DISTINCT origin FROM ${table} WHERE destination IN ('ESP', 'PRT') AND origin IS NOT NULL`);
    const origins = iberia.map((r) => r.origin);
    for (const c of ['COL', 'VEN', 'PRY', 'BRA', 'DOM', 'HND']) expect(origins).toContain(c);
  });
});
