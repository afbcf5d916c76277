import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DictionaryField } from '../../../src/app/ingest/DictionaryField.tsx';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { initI18n } from '../../../src/i18n/instance.ts';
import { installCountryLookup, knownCountry } from '../../../src/ingest/countries.ts';
import { sqlString } from '../../../src/ingest/sql-literal.ts';

// The mapping dialog checks a dictionary's country targets in JavaScript; the load checks them
// with `rutas_iso3` in DuckDB. The two must agree, or the dialog would pass what the load rejects.
const SAMPLES = [
  'Perú',
  ' COL ',
  'pe',
  'Venezuela (Bolivarian Republic of)',
  'Estados Unidos',
  'XKX',
  'Côte d’Ivoire',
  "Cote d'Ivoire",
  'Congo (Kinshasa)',
  'ZZZ',
  'Atlantida',
  '',
];

describe('knownCountry', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await installCountryLookup(db);
  });
  afterAll(() => db.close());

  it('reads a country text as rutas_iso3 does in DuckDB', async () => {
    const sql = SAMPLES.map((s, i) => `SELECT ${i} AS i, rutas_iso3(${sqlString(s)}) AS iso3`).join(
      ' UNION ALL ',
    );
    const rows = (await db.query(`${sql} ORDER BY i`)).toArray();
    const inDuckDB = rows.map((r) => (r.iso3 === null ? undefined : String(r.iso3)));
    expect(SAMPLES.map((s) => knownCountry(s))).toEqual(inDuckDB);
    expect(inDuckDB.slice(0, 6)).toEqual(['PER', 'COL', 'PER', 'VEN', 'USA', 'XKK']);
    expect(knownCountry('ZZZ')).toBeUndefined();
  });
});

describe('DictionaryField', () => {
  it('names the targets the load would reject, and only those', () => {
    initI18n('en');
    const html = renderToString(
      createElement(DictionaryField, {
        label: 'Dictionary',
        values: { Atlantida: 'ZZZ', 'Nueva Granada': 'Colombia' },
        known: (target: string) => knownCountry(target) !== undefined,
        onValues: () => {},
      }),
    );
    expect(html).toContain('Not a country rutas knows: ZZZ.');
    expect(html).not.toContain('Colombia.');
    const fine = renderToString(
      createElement(DictionaryField, { label: 'Dictionary', values: { Inca: 'PE' }, onValues: () => {} }),
    );
    expect(fine).not.toContain('Not a country');
  });
});
