/**
 * ingestMany end to end in Node: several extracts (incident- and person-level) become one
 * incidents table with exactly the incident columns, a cross-file duplicate is reported, and
 * a load cancelled at any phase leaves the previous incidents and no table of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { dropReportTables, ingestFile, ingestMany } from '../../../src/ingest/ingest.ts';
import { isIngestError } from '../../../src/ingest/ingest-error.ts';
import type { ColumnMapping } from '../../../src/ingest/mapping/types.ts';
import { INGEST_PHASES } from '../../../src/ingest/prepare-extract.ts';
import { createIncidentsTableSQL } from '../../../src/schema/incident.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const INCIDENTS = (rows: string[]): Uint8Array =>
  enc(['id,fecha,pais,tipo,mujeres,hombres', ...rows].join('\n'));
const A = INCIDENTS([
  'a1,2024-01-05,Perú,trata,1,0',
  'a2,2024-02-05,Colombia,trata,0,2',
  'a2,2024-02-06,Colombia,trata,0,1',
  'a3,2099-01-01,Perú,trata,1,0',
]);
const B = INCIDENTS(['b1,2024-01-05,Perú,trata,1,0', 'b2,2024-03-01,Ecuador,trata,2,0']);
const PERSONS = enc(
  ['fecha,pais,sexo,edad', '2024-04-01,Chile,F,30', '2024-04-01,Chile,F,25', '2024-04-01,Chile,M,12'].join(
    '\n',
  ),
);

const INCIDENT_MAPPING: ColumnMapping = {
  version: 1,
  recordLevel: 'incident',
  fields: {
    id: { column: 'id' },
    date: { column: 'fecha' },
    country: { column: 'pais' },
    crime_type: { column: 'tipo' },
  },
  sexAge: { mode: 'columns', women: { column: 'mujeres' }, men: { column: 'hombres' } },
};
const PERSON_MAPPING: ColumnMapping = {
  version: 1,
  recordLevel: 'person',
  fields: { date: { column: 'fecha' }, country: { column: 'pais' }, crime_type: { constant: 'trafficking' } },
  sexAge: { mode: 'person', sex: { column: 'sexo' }, age: { column: 'edad' } },
};

async function columnsOf(db: Database, table: string): Promise<string[]> {
  return (await db.query(`DESCRIBE ${table}`)).toArray().map((r) => String(r.column_name));
}

async function loadTables(db: Database): Promise<string[]> {
  const rows = await db.query(
    `SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '__rutas_%' AND table_name <> '__rutas_country_lookup'`,
  );
  return rows.toArray().map((r) => String(r.table_name));
}

describe('ingestMany', () => {
  let db: Database;
  let expectedColumns: string[];
  beforeAll(async () => {
    db = await openNodeDatabase();
    await db.exec(
      `CREATE TABLE empty_flat AS SELECT NULL::VARCHAR AS id, NULL::DATE AS "date", NULL::VARCHAR AS date_precision, NULL::VARCHAR AS country, NULL::VARCHAR AS admin1, NULL::DOUBLE AS lat, NULL::DOUBLE AS lon, NULL::VARCHAR AS crime_type, NULL::VARCHAR AS exploitation, 0 AS women, 0 AS men, 0 AS girls, 0 AS boys, 0 AS unknown_sex_age, NULL::VARCHAR AS nationality, NULL::VARCHAR AS origin, NULL::VARCHAR AS transit, NULL::VARCHAR AS destination, NULL::VARCHAR AS route, NULL::VARCHAR AS detection_source, NULL::VARCHAR AS office WHERE false`,
    );
    await db.exec(createIncidentsTableSQL('empty_flat', 'shape'));
    expectedColumns = await columnsOf(db, 'shape');
  });
  afterAll(async () => db.close());

  it('loads one file into exactly the incidents columns, rejected rows left out', async () => {
    const result = await ingestFile(db, { name: 'a.csv', bytes: A }, INCIDENT_MAPPING);
    const file = result.files[0];
    expect([file?.rowsRead, file?.rowsLoaded, file?.rowsRejected]).toEqual([4, 2, 2]);
    expect(await columnsOf(db, 'incidents')).toEqual(expectedColumns);
    const ids = (await db.query('SELECT id, persons, year FROM incidents ORDER BY id')).toArray();
    expect(ids.map((r) => [r.id, r.persons, r.year])).toEqual([
      ['a1', 1, 2024],
      ['a2', 2, 2024],
    ]);
    const reasons = (
      await db.query(`SELECT "row", reason FROM "${result.rejections}" ORDER BY "row"`)
    ).toArray();
    expect(reasons.map((r) => [Number(r.row), r.reason])).toEqual([
      [3, 'id_duplicate'],
      [4, 'date_future'],
    ]);
    await dropReportTables(db, result);
    expect(await loadTables(db)).toEqual([]);
  });

  it('combines incident- and person-level files and reports an incident found in two', async () => {
    const result = await ingestMany(db, [
      { source: { name: 'a.csv', bytes: A }, mapping: INCIDENT_MAPPING },
      { source: { name: 'b.csv', bytes: B, office: 'OF-B' }, mapping: INCIDENT_MAPPING },
      { source: { name: 'p.csv', bytes: PERSONS }, mapping: PERSON_MAPPING },
    ]);
    expect(result.swapped).toBe(true);
    expect(result.files.map((f) => [f.rowsLoaded, f.rowsRejected, f.incidents])).toEqual([
      [2, 2, 2],
      [2, 0, 2],
      [3, 0, 1],
    ]);
    expect(result.incidents).toBe(5);
    expect(await columnsOf(db, 'incidents')).toEqual(expectedColumns);
    const byCountry = (
      await db.query('SELECT country, sum(persons)::INTEGER AS p FROM incidents GROUP BY 1 ORDER BY 1')
    ).toArray();
    expect(byCountry.map((r) => [r.country, r.p])).toEqual([
      ['CHL', 3],
      ['COL', 2],
      ['ECU', 2],
      ['PER', 2],
    ]);
    const across = (
      await db.query(
        `SELECT file, "row", reason FROM "${result.warnings}" WHERE reason = 'duplicate_across_files' ORDER BY file`,
      )
    ).toArray();
    expect(across.map((r) => [r.file, Number(r.row)])).toEqual([
      ['a.csv', 1],
      ['b.csv', 1],
    ]);
    await dropReportTables(db, result);
    expect(await loadTables(db)).toEqual([]);
  });

  for (const phase of INGEST_PHASES) {
    it(`cancelled as ${phase} starts: typed error, previous incidents kept, no table left`, async () => {
      await db.exec("CREATE OR REPLACE TABLE incidents AS SELECT 'previous' AS id");
      const before = await loadTables(db);
      const controller = new AbortController();
      const error = await ingestMany(
        db,
        [
          { source: { name: 'a.csv', bytes: A }, mapping: INCIDENT_MAPPING },
          { source: { name: 'p.csv', bytes: PERSONS }, mapping: PERSON_MAPPING },
        ],
        {
          signal: controller.signal,
          // Aborting inside the callback: the next statement is refused, as after a click.
          onProgress: (p, file) => {
            if (p === phase && (phase === 'load' || file === 'p.csv')) controller.abort();
          },
        },
      ).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isIngestError(error) ? error.code : error).toBe('cancelled');
      expect((await db.query('SELECT id FROM incidents')).toArray().map((r) => r.id)).toEqual(['previous']);
      expect(await loadTables(db)).toEqual(before);
    });
  }
});
