/**
 * Regression: stringColumnsToIPC used apache-arrow's `vectorFromArray`, whose builders
 * compile code with `new Function`, so XLSX/JSON/Parquet ingest failed in the built app
 * under its Content-Security-Policy (no 'unsafe-eval'). The vector is now built from its
 * buffers; these tests pin that the result is the same Arrow data and that no code is compiled.
 */
import { tableFromIPC } from 'apache-arrow';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringColumnsToIPC, utf8Vector } from '../../../../src/ingest/formats/string-columns.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('utf8Vector', () => {
  it('keeps values, nulls and multi-byte text', () => {
    const values = ['a', null, 'ñandú €', '', null, '=SUM(A1)', '<b>x</b>', 'z'.repeat(9)];
    const v = utf8Vector(values);
    expect(v.length).toBe(values.length);
    expect(v.nullCount).toBe(2);
    expect(v.toArray()).toEqual(values);
  });

  it('handles an empty column and an all-null column', () => {
    expect(utf8Vector([]).length).toBe(0);
    const allNull = utf8Vector([null, null, null]);
    expect(allNull.nullCount).toBe(3);
    expect([...allNull]).toEqual([null, null, null]);
  });
});

describe('stringColumnsToIPC', () => {
  it('round-trips through Arrow IPC without compiling code', () => {
    const spy = vi.spyOn(globalThis, 'Function');
    const ipc = stringColumnsToIPC({
      names: ['País', 'fecha'],
      values: [
        ['Perú', null, 'España'],
        ['2024-01-02', '02/03/2024', null],
      ],
    });
    expect(spy).not.toHaveBeenCalled();
    const table = tableFromIPC(ipc);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['País', 'fecha']);
    expect(table.numRows).toBe(3);
    expect(table.getChild('País')?.toArray()).toEqual(['Perú', null, 'España']);
    expect(table.getChild('fecha')?.toArray()).toEqual(['2024-01-02', '02/03/2024', null]);
  });
});
