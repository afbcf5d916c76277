import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { installCountryLookup } from '../../../src/ingest/countries.ts';
import { compileMapping } from '../../../src/ingest/mapping/compile-mapping.ts';
import type { ColumnMapping } from '../../../src/ingest/mapping/types.ts';
import { parseMapping } from '../../../src/ingest/mapping/validate-mapping.ts';
import { sqlIdent } from '../../../src/ingest/sql-literal.ts';
import {
  aggregatePersonsQuery,
  combineAcceptedQuery,
  deleteRejectedSQL,
  duplicateIdsQuery,
  mappedIncidentsQuery,
  rejectionsQuery,
  warningsQuery,
} from '../../../src/ingest/validate-sql.ts';

const WEIRD = `fecha'); DROP TABLE x; --"`;

async function rawTable(db: Database, name: string, columns: string[], rows: string[][]): Promise<void> {
  const cols = columns.map((c) => `${sqlIdent(c)} VARCHAR`).join(', ');
  await db.exec(`CREATE OR REPLACE TABLE ${sqlIdent(name)} (${cols})`);
  for (const r of rows)
    await db.exec(
      `INSERT INTO ${sqlIdent(name)} VALUES (${r.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`,
    );
}

/** An incident-level mapping of these fields. */
function incidentMapping(fields: ColumnMapping['fields']): ColumnMapping {
  return { version: 1, recordLevel: 'incident', fields };
}

describe('compileMapping', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await installCountryLookup(db);
  });
  afterAll(async () => db.close());

  it('is pure and escapes hostile column names', async () => {
    const mapping = incidentMapping({
      id: { column: 'id' },
      date: { column: WEIRD },
      country: { column: 'pais', values: { "Tierra d'Oro": 'COL' } },
    });
    const input = { rawTable: 'raw', columns: ['id', WEIRD, 'pais'], today: '2026-01-01' };
    const a = compileMapping(mapping, input);
    expect(compileMapping(mapping, input).sql).toBe(a.sql);
    await rawTable(
      db,
      'raw',
      ['id', WEIRD, 'pais'],
      [
        ['1', '2024-01-05', "Tierra d'Oro"],
        ['2', '2030-01-01', 'Perú'],
      ],
    );
    await db.query(`EXPLAIN ${a.sql}`);
    const rows = (
      await db.query(`SELECT id, country, strftime("date", '%Y-%m-%d') AS d FROM (${a.sql}) ORDER BY id`)
    ).toArray();
    expect(rows.map((r) => [r.id, r.country, r.d])).toEqual([
      ['1', 'COL', '2024-01-05'],
      ['2', 'PER', '2030-01-01'],
    ]);
  });

  it("rejects a country a mapping's own dictionary makes up, and reads its names and codes", async () => {
    const mapping = incidentMapping({
      id: { column: 'id' },
      date: { column: 'f' },
      country: {
        column: 'p',
        values: { Atlantida: 'ZZZ', 'Nueva Granada': 'Colombia', Inca: 'PE', Colombia: 'ZZZ', KOS: 'XKX' },
      },
    });
    await rawTable(
      db,
      'raw_dict',
      ['id', 'f', 'p'],
      [
        ['1', '2024-01-05', 'Atlantida'],
        ['2', '2024-01-05', 'Nueva Granada'],
        ['3', '2024-01-05', 'Inca'],
        // The dictionary's own entry wins, even where the text alone would be a country.
        ['4', '2024-01-05', 'Colombia'],
        ['5', '2024-01-05', 'KOS'],
      ],
    );
    const compiled = compileMapping(mapping, {
      rawTable: 'raw_dict',
      columns: ['id', 'f', 'p'],
      today: '2026-01-01',
    });
    await db.exec(`CREATE OR REPLACE TABLE md AS ${compiled.sql}`);
    const rejected = (
      await db.query(`SELECT "row", "value", reason FROM (${rejectionsQuery('md', compiled, 'd.csv')})`)
    ).toArray();
    // ZZZ is no country: no name and no point in the app, so the row is rejected as unknown.
    expect(rejected.map((r) => [Number(r.row), r.value, r.reason])).toEqual([
      [1, 'Atlantida', 'country_unknown'],
      [4, 'Colombia', 'country_unknown'],
    ]);
    const kept = (await db.query('SELECT id, country FROM md WHERE __rej IS NULL ORDER BY id')).toArray();
    expect(kept.map((r) => [r.id, r.country])).toEqual([
      ['2', 'COL'],
      ['3', 'PER'],
      ['5', 'XKK'],
    ]);
  });

  it("reads each transit country through the mapping's own dictionary too", async () => {
    const mapping = incidentMapping({
      id: { column: 'id' },
      date: { column: 'f' },
      country: { column: 'p' },
      transit: { column: 't', values: { Darien: 'Panamá', Tierra: 'ZZZ' } },
    });
    await rawTable(
      db,
      'raw_transit',
      ['id', 'f', 'p', 't'],
      [
        ['1', '2024-01-05', 'CO', 'Ecuador; Darien'],
        ['2', '2024-01-05', 'CO', 'Tierra'],
      ],
    );
    const compiled = compileMapping(mapping, {
      rawTable: 'raw_transit',
      columns: ['id', 'f', 'p', 't'],
      today: '2026-01-01',
    });
    await db.exec(`CREATE OR REPLACE TABLE mt AS ${compiled.sql}`);
    const rows = (await db.query('SELECT id, transit, __rej IS NULL AS ok FROM mt ORDER BY id')).toArray();
    expect(rows.map((r) => [r.id, r.ok ? r.transit : 'rejected'])).toEqual([
      ['1', 'ECU|PAN'],
      ['2', 'rejected'],
    ]);
  });

  it('produces validation queries that EXPLAIN and find the future date', async () => {
    const mapping = incidentMapping({
      id: { column: 'id' },
      date: { column: 'f' },
      country: { column: 'p' },
    });
    await rawTable(
      db,
      'raw2',
      ['id', 'f', 'p'],
      [
        ['1', '2024-01-05', 'CO'],
        ['1', '2024-01-06', 'CO'],
        ['3', '2099-01-01', 'CO'],
      ],
    );
    const compiled = compileMapping(mapping, {
      rawTable: 'raw2',
      columns: ['id', 'f', 'p'],
      today: '2026-01-01',
    });
    await db.exec(`CREATE OR REPLACE TABLE m AS ${compiled.sql}`);
    await db.exec(`CREATE OR REPLACE TABLE r AS ${rejectionsQuery('m', compiled, 'f.csv')}`);
    for (const sql of [
      duplicateIdsQuery('m', 'id', 'f.csv'),
      warningsQuery('m', 'r', compiled, 'f.csv'),
      aggregatePersonsQuery('m', 'r', 'f.csv', 'p'),
      mappedIncidentsQuery(compiled.sql),
      deleteRejectedSQL('m', 'r'),
    ]) {
      await db.query(`EXPLAIN ${sql}`);
    }
    await db.exec(`INSERT INTO r ${duplicateIdsQuery('m', 'id', 'f.csv')}`);
    const r = (await db.query('SELECT "row", reason FROM r ORDER BY "row"')).toArray();
    expect(r.map((x) => [Number(x.row), x.reason])).toEqual([
      [2, 'id_duplicate'],
      [3, 'date_future'],
    ]);
    // The incident-level path: mapped in the incidents' shape, rejected rows deleted.
    await db.exec(`CREATE OR REPLACE TABLE mi AS ${mappedIncidentsQuery(compiled.sql)}`);
    await db.exec(deleteRejectedSQL('mi', 'r'));
    const kept = (await db.query('SELECT id, __row, year FROM mi')).toArray();
    expect(kept.map((x) => [x.id, Number(x.__row), Number(x.year)])).toEqual([['1', 1, 2024]]);
    await db.exec(`CREATE OR REPLACE TABLE mi2 AS SELECT * EXCLUDE (__rej, __warn) FROM mi`);
    const both = await db.query(
      `SELECT __file, count(*)::INTEGER AS n FROM (${combineAcceptedQuery([
        { table: 'mi2', file: 'a.csv' },
        { table: 'mi2', file: "b'.csv" },
      ])}) GROUP BY __file ORDER BY __file`,
    );
    expect(both.toArray().map((x) => [x.__file, x.n])).toEqual([
      ['a.csv', 1],
      ["b'.csv", 1],
    ]);
  });

  it('compiles the committed IOM mapping against the real header', async () => {
    const mapping = parseMapping(
      readFileSync(resolve(process.cwd(), 'test/fixtures/mappings/iom-mmp.mapping.json'), 'utf8'),
    );
    const header = [
      'Main ID',
      'Incident ID',
      'Incident Date',
      'Number Dead',
      'Minimum Estimated Number of Missing',
      'Number of Females',
      'Number of Males',
      'Number of Children',
      'Country of Origin',
      'Location of death',
      'Coordinates',
      'Migration route',
    ];
    await rawTable(db, 'iom', header, [
      [
        'm',
        'i1',
        'Sat, 01/03/2026 - 12:00',
        '2',
        '1',
        '1',
        '1',
        '',
        'Unknown',
        'Near Agua Amarga, Almería, Spain',
        '36.93235526, -1.928075824',
        'Western Mediterranean',
      ],
    ]);
    const compiled = compileMapping(mapping, { rawTable: 'iom', columns: header, today: '2026-06-01' });
    const row = (
      await db.query(
        `SELECT country, nationality, women, men, unknown_sex_age, lat, lon FROM (${compiled.sql})`,
      )
    ).get(0);
    expect(row?.toJSON()).toEqual({
      country: 'ESP',
      nationality: null,
      women: 1,
      men: 1,
      unknown_sex_age: 1,
      lat: 36.93,
      lon: -1.93,
    });
  });
});
