import {
  Field,
  Int32,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableFromIPC,
  tableToIPC,
} from 'apache-arrow';
import { parquetMetadata } from 'hyparquet';
import { readParquet, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import { footerLength, sortFooterKeyValues } from '../../../src/synth/parquet-footer.ts';
import { parquetBytes } from './write-bytes.ts';

const toArrayBuffer = (b: Uint8Array): ArrayBuffer => b.slice().buffer;

describe('sortFooterKeyValues', () => {
  it('leaves a sorted footer byte-identical and keeps the file readable', async () => {
    const file = await parquetBytes(4, 1000);
    const keys = parquetMetadata(toArrayBuffer(file)).key_value_metadata?.map((kv) => kv.key) ?? [];
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('rutas:synthetic');
    expect(Buffer.compare(Buffer.from(sortFooterKeyValues(file)), Buffer.from(file))).toBe(0);
  });

  it('sorts an unordered footer, keeps every entry and the data bytes, and rewrites the footer length', () => {
    const schema = new Schema([new Field('a', new Int32(), false)]);
    const batch = new RecordBatch(
      schema,
      makeData({
        type: new Struct(schema.fields),
        length: 3,
        children: [makeData({ type: new Int32(), data: Int32Array.of(1, 2, 3) })],
      }),
    );
    const ipc = tableToIPC(new Table(schema, [batch]), 'stream');
    const entries = ['z', 'y', 'x', 'w', 'v', 'u', 't', 's'].map((k, i) => [`k:${k}`, `value ${i}`] as const);
    const raw = writeParquet(
      WasmTable.fromIPCStream(ipc),
      new WriterPropertiesBuilder().setKeyValueMetadata(new Map(entries)).build(),
    );
    const sorted = sortFooterKeyValues(raw);
    const kv = parquetMetadata(toArrayBuffer(sorted)).key_value_metadata ?? [];
    const keys = kv.map((e) => e.key);
    expect(keys).toEqual([...keys].sort());
    expect(new Map(kv.map((e) => [e.key, e.value]))).toEqual(
      new Map([...entries, ['ARROW:schema', kv[0]?.value]]),
    );
    const dataEnd = raw.length - footerLength(raw);
    expect(
      Buffer.compare(Buffer.from(sorted.subarray(0, dataEnd)), Buffer.from(raw.subarray(0, dataEnd))),
    ).toBe(0);
    expect(tableFromIPC(readParquet(sorted).intoIPCStream()).getChild('a')?.toArray()).toEqual(
      Int32Array.of(1, 2, 3),
    );
  });

  it('rejects bytes that are not the end of a Parquet file', async () => {
    const file = await parquetBytes(4, 1000);
    expect(() => footerLength(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/not a Parquet/);
    expect(() => sortFooterKeyValues(file.subarray(file.length - 100))).toThrow(/too short/);
  });
});
