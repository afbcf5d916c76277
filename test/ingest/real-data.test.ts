import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { parseMapping } from '../../src/ingest/mapping/validate-mapping.ts';

const dir = resolve(process.cwd(), '../shared/data');
const IOM = resolve(dir, 'iom-mmp-2026/missing_migrants_2026_jan_may.csv');
const CTDC = resolve(dir, 'ctdc-k11-2020/ctdc_global_k11_2020.csv');
const mapping = (name: string) =>
  parseMapping(readFileSync(resolve(process.cwd(), `test/fixtures/mappings/${name}.mapping.json`), 'utf8'));

async function scalar(db: Database, sql: string): Promise<number> {
  return Number((await db.query(sql)).get(0)?.v);
}

/**
 * The two real extracts load through their committed mappings, and the figures reconcile
 * with counts computed independently here by plain DuckDB SQL over the raw CSV.
 */
describe.skipIf(!existsSync(dir))('real data (../shared/data absent: skipped)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await db.registerBuffer('iom.csv', readFileSync(IOM));
    await db.registerBuffer('ctdc.csv', readFileSync(CTDC));
  });
  afterAll(async () => db.close());

  it('IOM Missing Migrants: every row loaded or rejected, persons = dead + missing', async () => {
    const result = await ingestFile(
      db,
      { name: 'missing_migrants_2026_jan_may.csv', bytes: readFileSync(IOM) },
      mapping('iom-mmp'),
    );
    const f = result.files[0]!;
    const rows = await scalar(db, `SELECT count(*) AS v FROM read_csv('iom.csv', all_varchar=true)`);
    expect(rows).toBe(238); // the issue said 237; the file has 238 data rows (no trailing newline)
    expect(f.rowsRead).toBe(rows);
    expect(f.rowsLoaded + f.rowsRejected).toBe(rows);
    expect(f.incidents).toBe(f.rowsLoaded);
    // Row 196 (2026.MMP0190218) has -5 missing persons: rejected as a negative count.
    const negative = await db.query(
      `SELECT "row", value FROM "${result.rejections}" WHERE reason = 'count_negative'`,
    );
    expect(negative.toArray().map((r) => [Number(r.row), r.value])).toEqual([[196, '-5']]);
    // Independent: persons of the loaded incidents = dead + missing of the same ids in the raw file.
    const expected = await scalar(
      db,
      `SELECT sum(COALESCE(TRY_CAST("Number Dead" AS INTEGER), 0) + COALESCE(TRY_CAST("Minimum Estimated Number of Missing" AS INTEGER), 0))::DOUBLE AS v
       FROM read_csv('iom.csv', all_varchar=true) WHERE "Incident ID" IN (SELECT id FROM incidents)`,
    );
    expect(await scalar(db, 'SELECT sum(persons)::DOUBLE AS v FROM incidents')).toBe(expected);
    // Hand-checked: 2026.MMP0001 is 1 dead male from Iraq, in Türkiye, 1 Jan 2026.
    const first = (
      await db.query(
        `SELECT country, nationality, men, persons, strftime("date", '%Y-%m-%d') AS d, lat, lon FROM incidents WHERE id = '2026.MMP0001'`,
      )
    ).get(0);
    expect(first?.toJSON()).toEqual({
      country: 'TUR',
      nationality: 'IRQ',
      men: 1,
      persons: 1,
      d: '2026-01-01',
      lat: 37.34,
      lon: 42.99,
    });
    expect(f.coordinatesCoarsened).toBeGreaterThan(0);
  });

  it('CTDC victim-level: victims aggregate into incidents, rows reconcile', async () => {
    const result = await ingestFile(
      db,
      { name: 'ctdc_global_k11_2020.csv', bytes: readFileSync(CTDC) },
      mapping('ctdc'),
    );
    const f = result.files[0]!;
    expect(f.rowsRead).toBe(48773);
    expect(f.rowsLoaded + f.rowsRejected).toBe(48773);
    const missingCountry = await scalar(
      db,
      `SELECT count(*)::DOUBLE AS v FROM read_csv('ctdc.csv', all_varchar=true) WHERE CountryOfExploitation IS NULL OR CountryOfExploitation = '0'`,
    );
    expect(f.rejections).toEqual([{ code: 'required_missing', lines: missingCountry, rows: missingCountry }]);
    expect(f.rowsLoaded).toBe(48773 - missingCountry);
    expect(await scalar(db, 'SELECT sum(persons)::DOUBLE AS v FROM incidents')).toBe(f.rowsLoaded);
    const groups = await scalar(
      db,
      `SELECT count(*)::DOUBLE AS v FROM (SELECT DISTINCT yearOfRegistration, NULLIF(citizenship, '0'), CountryOfExploitation,
         COALESCE(TRY_CAST(isSexualExploit AS DOUBLE), 0) > 0, COALESCE(TRY_CAST(isForcedLabour AS DOUBLE), 0) > 0
       FROM read_csv('ctdc.csv', all_varchar=true) WHERE CountryOfExploitation IS NOT NULL AND CountryOfExploitation <> '0')`,
    );
    expect(f.incidents).toBe(groups);
    // Hand-checked with SQL: adult women (18+) in the loaded rows.
    const women = await scalar(
      db,
      `SELECT count(*)::DOUBLE AS v FROM read_csv('ctdc.csv', all_varchar=true)
       WHERE CountryOfExploitation IS NOT NULL AND CountryOfExploitation <> '0' AND gender = 'Female'
         AND ageBroad IN ('18--20', '21--23', '24--26', '27--29', '30--38', '39--47', '48+')`,
    );
    expect(await scalar(db, 'SELECT sum(women)::DOUBLE AS v FROM incidents')).toBe(women);
    const girls = await scalar(
      db,
      `SELECT count(*)::DOUBLE AS v FROM read_csv('ctdc.csv', all_varchar=true)
       WHERE CountryOfExploitation IS NOT NULL AND CountryOfExploitation <> '0' AND gender = 'Female' AND ageBroad IN ('0--8', '9--17')`,
    );
    expect(await scalar(db, 'SELECT sum(girls)::DOUBLE AS v FROM incidents')).toBe(girls);
    expect(
      await scalar(
        db,
        `SELECT count(*)::DOUBLE AS v FROM incidents WHERE date_precision <> 'year' OR crime_type <> 'trafficking'`,
      ),
    ).toBe(0);
  });
});
