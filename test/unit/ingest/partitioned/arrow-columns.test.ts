/**
 * The partitioned reader hands DuckDB Arrow built by hand from hyparquet's columns: the vectors
 * must hold the same values and nulls, keep their types through IPC into DuckDB, and be made
 * without apache-arrow's builders (they compile code with `new Function`, which the app's CSP
 * forbids).
 */
import { tableFromIPC, vectorFromArray } from 'apache-arrow';
import type { SchemaElement } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { utf8Vector } from '../../../../src/ingest/formats/string-columns.ts';
import {
  columnKind,
  columnsToIPC,
  type DecodedColumn,
  toArrowVector,
} from '../../../../src/ingest/partitioned/arrow-columns.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Runs `fn` with `Function` (and so `new Function`) throwing, as under a CSP without 'unsafe-eval'. */
function withoutEval<T>(fn: () => T): T {
  const original = globalThis.Function;
  globalThis.Function = new Proxy(original, {
    construct: () => {
      throw new EvalError('blocked by CSP');
    },
    apply: () => {
      throw new EvalError('blocked by CSP');
    },
  });
  try {
    return fn();
  } finally {
    globalThis.Function = original;
  }
}

const el = (e: Partial<SchemaElement>): SchemaElement => ({ name: 'c', repetition_type: 'OPTIONAL', ...e });

describe('columnKind', () => {
  it.each([
    [el({ type: 'BYTE_ARRAY', converted_type: 'UTF8' }), 'utf8'],
    [el({ type: 'BYTE_ARRAY' }), 'utf8'],
    [el({ type: 'INT32', converted_type: 'DATE' }), 'date'],
    [el({ type: 'INT32', logical_type: { type: 'DATE' } }), 'date'],
    [el({ type: 'INT32', converted_type: 'INT_32' }), 'int32'],
    [el({ type: 'INT32', converted_type: 'UINT_32' }), 'float64'],
    [el({ type: 'INT32', converted_type: 'DECIMAL', scale: 2, precision: 5 }), 'float64'],
    [el({ type: 'INT64' }), 'int64'],
    [el({ type: 'FLOAT' }), 'float32'],
    [el({ type: 'DOUBLE' }), 'float64'],
  ] as const)('%o → %s', (element, kind) => {
    expect(columnKind(element)).toBe(kind);
  });

  it('refuses types a flat extract does not use, naming the column', () => {
    expect(() => columnKind(el({ name: 'when', type: 'INT64', converted_type: 'TIMESTAMP_MICROS' }))).toThrow(
      /when/,
    );
    expect(() => columnKind(el({ name: 'flag', type: 'BOOLEAN' }))).toThrow(/flag/);
  });
});

describe('toArrowVector', () => {
  it('keeps numbers and nulls of every numeric kind', () => {
    const ints = toArrowVector('int32', [1, null, -3, undefined]);
    expect(ints.type.toString()).toBe('Int32');
    expect(ints.nullCount).toBe(2);
    expect([...ints]).toEqual([1, null, -3, null]);
    const doubles = toArrowVector('float64', [0.5, null, -12.04641]);
    expect([...doubles]).toEqual([0.5, null, -12.04641]);
    expect([...toArrowVector('float32', [1.5, null])]).toEqual([1.5, null]);
    expect([...toArrowVector('int64', [5n, null, -2n])]).toEqual([5n, null, -2n]);
  });

  it('uses a typed array without nulls as the vector data, without copying', () => {
    const data = Float64Array.of(1, 2, 3);
    const v = toArrowVector('float64', data);
    expect(v.nullCount).toBe(0);
    expect(v.data[0]?.values).toBe(data);
  });

  it('turns days since the epoch into dates', () => {
    const v = toArrowVector('date', [18_700, null, 0]);
    expect(v.type.toString()).toMatch(/^Date/);
    expect([...v].map((d) => (d === null ? null : new Date(d as number).toISOString().slice(0, 10)))).toEqual(
      ['2021-03-14', null, '1970-01-01'],
    );
  });

  it('builds Utf8 from UTF-8 bytes or strings, keeping empty strings apart from nulls', () => {
    const values = [bytes('Perú'), null, bytes(''), 'ñandú €', undefined, bytes('=1+1,"x"')];
    const v = utf8Vector(values);
    expect(v.nullCount).toBe(2);
    expect([...v]).toEqual(['Perú', null, '', 'ñandú €', null, '=1+1,"x"']);
    expect([...utf8Vector([])]).toEqual([]);
  });
});

describe('columnsToIPC', () => {
  const columns: DecodedColumn[] = [
    { name: 'date', kind: 'date', values: [18_700, 18_701, null] },
    { name: 'women', kind: 'int32', values: Int32Array.of(1, 0, 2) },
    { name: 'lat', kind: 'float64', values: [-12.5, null, 4.711] },
    { name: 'origin', kind: 'utf8', values: [bytes('VEN'), null, bytes('COL')] },
    { name: 'big', kind: 'int64', values: BigInt64Array.of(1n, 2n, 3n) },
  ];

  it('is made without compiling code, while the builders would need it', () => {
    expect(() => withoutEval(() => vectorFromArray(['a', null]))).toThrow(EvalError);
    const ipc = withoutEval(() => columnsToIPC(columns));
    const table = tableFromIPC(ipc);
    expect(table.numRows).toBe(3);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['date', 'women', 'lat', 'origin', 'big']);
    expect(table.getChild('origin')?.toArray()).toEqual(['VEN', null, 'COL']);
  });

  it('refuses columns of different lengths', () => {
    expect(() => columnsToIPC([columns[0]!, { name: 'x', kind: 'int32', values: [1] }])).toThrow(
      /expected 3/,
    );
  });

  describe('in DuckDB', () => {
    let db: Database;
    beforeAll(async () => {
      db = await openNodeDatabase();
    }, 60_000);
    afterAll(async () => {
      await db?.close();
    });

    it('arrives with SQL types and values, nulls as NULL', async () => {
      await db.insertArrowIPC('hand_built', columnsToIPC(columns));
      const types = await db.query(
        "SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = 'hand_built' ORDER BY ordinal_position",
      );
      expect(types.toArray().map((r) => `${r.c}:${r.t}`)).toEqual([
        'date:DATE',
        'women:INTEGER',
        'lat:DOUBLE',
        'origin:VARCHAR',
        'big:BIGINT',
      ]);
      const rows = await db.query(
        'SELECT strftime("date", \'%Y-%m-%d\') AS d, women, lat, origin, big::DOUBLE AS big FROM hand_built ORDER BY big',
      );
      expect(rows.toArray().map((r) => [r.d, r.women, r.lat, r.origin, r.big])).toEqual([
        ['2021-03-14', 1, -12.5, 'VEN', 1],
        ['2021-03-15', 0, null, null, 2],
        [null, 2, 4.711, 'COL', 3],
      ]);
    });
  });
});
