/**
 * The compiled mapping's checks and lookups, run on a table of awkward values: every
 * check's fast "fails" test agrees with its reason code row by row (the report lists
 * exactly the rows that are rejected), and resolving the lookups into MAP literals gives the
 * same rows, values and reports as the self-contained joins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { installCountryLookup } from '../../../src/ingest/countries.ts';
import { checkFailsSQL, checkReasonSQL, packedChecksSQL } from '../../../src/ingest/mapping/check-sql.ts';
import { compileMapping } from '../../../src/ingest/mapping/compile-mapping.ts';
import { lookupQuery, mapLiteralSQL } from '../../../src/ingest/mapping/lookup-sql.ts';
import type { ColumnMapping } from '../../../src/ingest/mapping/types.ts';
import { resolveLookups } from '../../../src/ingest/resolve-lookups.ts';
import { sqlIdent, sqlString } from '../../../src/ingest/sql-literal.ts';

const COLUMNS = [
  'id',
  'fecha',
  'pais',
  'region',
  'lat',
  'lon',
  'delito',
  'explotacion',
  'mujeres',
  'hombres',
  'transito',
  'ruta',
  'fuente',
];
// One row per awkward value; columns as above.
const ROWS: (string | null)[][] = [
  [
    '1',
    '2024-01-05',
    'Perú',
    'PE-LIM',
    '-12.05',
    '-77.04',
    'trata',
    'explotación sexual',
    '3',
    '0',
    'Ecuador|Colombia',
    'Andina',
    'policía',
  ],
  [
    '2',
    '05/02/2024',
    ' COL ',
    'pe-lim',
    '4,61',
    '-74,08',
    'Tráfico de migrantes',
    'sexual; laboral',
    '1.234',
    '',
    'Narnia',
    '=1+1',
    'ONG',
  ],
  [
    '3',
    '2024-13-40',
    'Narnia',
    'X',
    '95',
    '45',
    'otro',
    'forced labour',
    '<5',
    '-3',
    '',
    '<b>x</b>',
    'radio',
  ],
  [
    '4',
    '2099-01-01',
    'Venezuela (Bolivarian Republic of)',
    null,
    '200',
    '10',
    null,
    null,
    '2.5',
    '0x1F',
    'Perú / Chile',
    '-5',
    null,
  ],
  ['5', null, null, 'CO-DC', 'abc', null, 'ambos', 'begging', '1_000', '05', null, 'R', 'Fiscalía'],
  [
    '6',
    '2024',
    "Côte d'Ivoire",
    'CO-DC',
    '4.611',
    '-74.081',
    'TRATA',
    'x|y',
    '3000000000',
    ' 7 ',
    'Chile',
    null,
    'policia',
  ],
  [
    '7',
    '45000',
    'brasil',
    'BR-SP',
    '-23.5',
    '-46.6',
    'trata',
    'sexual',
    '0',
    '1,5',
    'Brasil,Perú',
    'Ruta',
    'salud',
  ],
  ['8', 'ayer', 'EEUU', 'US-TX', null, null, 'smuggling', '', 'nada', '-0', 'USA', 'x', 'other'],
];

const MAPPING: ColumnMapping = {
  version: 1,
  recordLevel: 'incident',
  fields: {
    id: { column: 'id' },
    date: { column: 'fecha' },
    country: { column: 'pais' },
    admin1: { column: 'region' },
    lat: { column: 'lat' },
    lon: { column: 'lon' },
    crime_type: { column: 'delito' },
    exploitation: { column: 'explotacion' },
    transit: { column: 'transito' },
    route: { column: 'ruta' },
    detection_source: { column: 'fuente' },
  },
  sexAge: { mode: 'columns', women: { column: 'mujeres' }, men: { column: 'hombres' } },
};

/** A result row as text, BigInts and dates included, to compare two results exactly. */
function rowText(row: unknown): string {
  return JSON.stringify(row, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

describe('compiled checks and lookups', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await installCountryLookup(db);
    const cols = COLUMNS.map((c) => `${sqlIdent(c)} VARCHAR`).join(', ');
    await db.exec(`CREATE OR REPLACE TABLE awkward (${cols})`);
    for (const r of ROWS)
      await db.exec(
        `INSERT INTO awkward VALUES (${r.map((v) => (v === null ? 'NULL' : sqlString(v))).join(', ')})`,
      );
  });
  afterAll(async () => db.close());

  const input = { rawTable: 'awkward', columns: COLUMNS, today: '2026-01-01' };

  it('builds the fails test and the reason from the same cases', () => {
    const check = {
      column: 'c',
      value: 'v',
      cases: [
        ['a > 1', 'big'],
        ['a < 0', 'negative'],
      ] as const,
    };
    expect(checkFailsSQL(check)).toBe('(a > 1) OR (a < 0)');
    expect(checkReasonSQL(check)).toBe("CASE WHEN a > 1 THEN 'big' WHEN a < 0 THEN 'negative' END");
    const guarded = { ...check, unless: 'a = 0' };
    expect(checkFailsSQL(guarded)).toBe('CASE WHEN a = 0 THEN false ELSE (a > 1) OR (a < 0) END');
    expect(checkReasonSQL(guarded)).toBe(
      "CASE WHEN a = 0 THEN NULL WHEN a > 1 THEN 'big' WHEN a < 0 THEN 'negative' END",
    );
    expect(packedChecksSQL([])).toBe('CAST(NULL AS VARCHAR)');
  });

  it('fails a row exactly when the check names a reason, for every check', async () => {
    const compiled = compileMapping(MAPPING, input);
    const ctes = compiled.sql.slice(0, compiled.sql.lastIndexOf('\nSELECT\n'));
    const last = compiled.sql.slice(compiled.sql.lastIndexOf('FROM s')).trim();
    const all = [...compiled.checks, ...compiled.warnings];
    expect(all.length).toBeGreaterThan(20);
    const cols = all.flatMap((c, i) => [
      `COALESCE(${checkFailsSQL(c)}, false) AS f${i}`,
      `${checkReasonSQL(c)} AS r${i}`,
    ]);
    const rows = (
      await db.query(`${ctes}\nSELECT __row, ${cols.join(', ')} ${last} ORDER BY __row`)
    ).toArray();
    expect(rows).toHaveLength(ROWS.length);
    const reasons = new Set<string>();
    for (const row of rows) {
      all.forEach((_, i) => {
        const fails = Boolean(row[`f${i}`]);
        const reason = row[`r${i}`] as string | null;
        expect({ row: Number(row.__row), check: i, fails }).toEqual({
          row: Number(row.__row),
          check: i,
          fails: reason !== null,
        });
        if (reason) reasons.add(reason);
      });
    }
    // The table does exercise the reasons, not only the passing paths.
    for (const r of [
      'count_censored',
      'count_negative',
      'count_not_integer',
      'count_thousands_separator',
      'country_unknown',
      'coords_swapped',
      'coords_out_of_range',
      'coords_unparseable',
      'date_future',
      'date_unparseable',
      'required_missing',
      'value_unknown',
      'text_formula',
      'text_html',
    ])
      expect(reasons).toContain(r);
  });

  it('gives the same rows with lookups as MAP literals as with joins', async () => {
    const joined = compileMapping(MAPPING, input);
    const values = await resolveLookups(db, joined.lookups, 'awkward');
    expect(values.every((v) => v !== undefined)).toBe(true);
    const literal = compileMapping(MAPPING, { ...input, lookupValues: values });
    expect(literal.sql).not.toMatch(/LEFT JOIN/);
    expect(joined.sql).toMatch(/LEFT JOIN/);
    await db.query(`EXPLAIN ${literal.sql}`);
    const a = (await db.query(`SELECT * FROM (${joined.sql}) ORDER BY __row`)).toArray().map(rowText);
    const b = (await db.query(`SELECT * FROM (${literal.sql}) ORDER BY __row`)).toArray().map(rowText);
    expect(b).toEqual(a);
    expect(a.length).toBe(ROWS.length);
    expect(a[0]).toContain('"country":"PER"');
  });

  it('keeps a join for a lookup it was not given values for', async () => {
    const joined = compileMapping(MAPPING, input);
    const values = await resolveLookups(db, joined.lookups, 'awkward');
    const partial = compileMapping(MAPPING, { ...input, lookupValues: [undefined, ...values.slice(1)] });
    expect(partial.sql.match(/LEFT JOIN/g)).toHaveLength(1);
    const a = (await db.query(`SELECT * FROM (${joined.sql}) ORDER BY __row`)).toArray().map(rowText);
    const b = (await db.query(`SELECT * FROM (${partial.sql}) ORDER BY __row`)).toArray().map(rowText);
    expect(b).toEqual(a);
  });

  it('writes MAP literals that DuckDB reads back, quotes and all', async () => {
    const map = mapLiteralSQL(["d'Ivoire", 'b'], ['CIV', null], 'VARCHAR');
    const r = (
      await db.query(
        `SELECT map_extract_value(${map}, 'd''Ivoire') AS a, map_extract_value(${map}, 'b') AS b, map_extract_value(${map}, 'z') AS z`,
      )
    ).get(0);
    expect([r?.a, r?.b, r?.z]).toEqual(['CIV', null, null]);
    const flags = mapLiteralSQL(['x'], [true], 'BOOLEAN');
    expect((await db.query(`SELECT map_extract_value(${flags}, 'x') AS v`)).get(0)?.v).toBe(true);
    expect(mapLiteralSQL([], [], 'VARCHAR')).toBe('CAST(NULL AS MAP(VARCHAR, VARCHAR))');
  });

  it('asks for at most the given number of distinct texts', async () => {
    const { lookups } = compileMapping(MAPPING, input);
    const first = lookups[0];
    if (!first) throw new Error('no lookup');
    const rows = await db.query(lookupQuery(first, 'awkward', 2));
    expect(rows.numRows).toBe(2);
  });
});
