import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import { FLAT_COLUMNS } from '../../../src/schema/incident.ts';
import { GENERATOR_VERSION, generateIncidents } from '../../../src/synth/generate-incidents.ts';
import { chunkToCsvBytes, csvField, csvHeader } from '../../../src/synth/write-csv.ts';
import { chunkRow, incidentValidator, unflatten } from './unflatten.ts';
import { csvBytes, parquetBytes } from './write-bytes.ts';

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe('CSV writer', () => {
  it('writes byte-identical files for a seed, different ones for another seed', async () => {
    const a = await csvBytes(7, 5000);
    expect(same(a, await csvBytes(7, 5000))).toBe(true);
    expect(same(a, await csvBytes(8, 5000))).toBe(false);
    const text = new TextDecoder().decode(a);
    expect(text.startsWith(csvHeader())).toBe(true);
    expect(text.split('\r\n').length - 2).toBe(5000);
  });

  it('quotes fields as RFC 4180 requires and writes nulls as empty fields', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const [chunk] = [...generateIncidents({ seed: 2, rows: 1 })];
    if (!chunk) throw new Error('no chunk');
    chunk.strings.route[0] = 'A, "B"';
    chunk.strings.admin1[0] = null;
    chunk.lat[0] = Number.NaN;
    const text = new TextDecoder().decode(chunkToCsvBytes(chunk));
    expect(text.endsWith('\r\n')).toBe(true);
    const cells = text.trimEnd().split(',');
    expect(cells[FLAT_COLUMNS.findIndex(([n]) => n === 'admin1')]).toBe('');
    expect(cells[FLAT_COLUMNS.findIndex(([n]) => n === 'lat')]).toBe('');
    expect(text).toContain('"A, ""B"""');
    chunk.strings.route[0] = 'Darién';
    expect(new TextDecoder().decode(chunkToCsvBytes(chunk))).toContain(',Darién,');
  });
});

describe('Parquet writer', () => {
  it('writes byte-identical files for a seed, different ones for another seed', async () => {
    const a = await parquetBytes(7, 5000, 2000);
    expect(same(a, await parquetBytes(7, 5000, 2000))).toBe(true);
    expect(same(a, await parquetBytes(8, 5000, 2000))).toBe(false);
  });

  it('round-trips every row with the flat schema, typed columns and the synthetic label', async () => {
    const rows = 4000;
    const table = tableFromIPC(readParquet(await parquetBytes(11, rows, 1500)).intoIPCStream());
    expect(table.numRows).toBe(rows);
    expect(table.schema.fields.map((f) => f.name)).toEqual(FLAT_COLUMNS.map(([n]) => n));
    expect(String(table.schema.fields[1]?.type)).toBe('Date32<DAY>');
    const meta = table.schema.metadata;
    expect(meta.get('rutas:synthetic')).toBe('true');
    expect(meta.get('rutas:seed')).toBe('11');
    expect(meta.get('rutas:generator_version')).toBe(GENERATOR_VERSION);
    const expected = [...generateIncidents({ seed: 11, rows })].flatMap((c) =>
      Array.from({ length: c.length }, (_, i) => chunkRow(c, i)),
    );
    const validate = incidentValidator();
    for (let i = 0; i < rows; i++) {
      const got = table.get(i)?.toJSON() as Record<string, unknown>;
      const row = { ...got, date: new Date(got.date as number).toISOString().slice(0, 10) };
      expect(row).toEqual(expected[i]);
      expect(validate(unflatten(row as Record<string, string | number | null>))).toBe(true);
    }
  });
});
