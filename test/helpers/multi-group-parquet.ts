import {
  DateDay,
  Float64,
  Int32,
  makeData,
  Table,
  TimestampMillisecond,
  tableToIPC,
  Vector,
} from 'apache-arrow';
import { Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm';
import { utf8Vector } from '../../src/ingest/formats/string-columns.ts';

/** Rows of {@link multiGroupParquet}, in file order. */
export const MULTI_GROUP_ROWS = 7;

/** Row-group size of {@link multiGroupParquet}: 7 rows → groups of 3, 3 and 1. */
export const MULTI_GROUP_SIZE = 3;

function validity(present: readonly boolean[]): Uint8Array {
  const bits = new Uint8Array(Math.ceil(present.length / 8));
  present.forEach((p, i) => {
    if (p) bits[i >> 3]! |= 1 << (i & 7);
  });
  return bits;
}

/**
 * A small Parquet file in three row groups whose columns cover what an extract holds: text
 * (with an empty string and a null), 32-bit integers, doubles (whole and fractional), dates
 * and timestamps (midnight and not). Written by parquet-wasm (Node build).
 */
export function multiGroupParquet(): Uint8Array<ArrayBuffer> {
  const ids = ['a1', 'a2', '', 'a4', null, 'a6', 'a7'];
  const women = [1, 0, 3, 4, 5, 6, 7];
  const lat = [4.5, 4, -12.25, 0, 8.125, 10, 0.1];
  const present = [true, true, true, false, true, true, true];
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const dates = [
    '2024-01-05',
    '2024-02-01',
    '2023-12-31',
    '2024-03-09',
    '2020-02-29',
    '2021-07-04',
    '2024-01-01',
  ];
  const stamps = [
    '2024-01-05T00:00:00Z',
    '2024-01-05T10:30:15Z',
    '2024-02-01T00:00:00Z',
    '2024-02-01T23:59:59Z',
    '2019-06-01T00:00:00Z',
    '2019-06-01T12:00:00Z',
    '2025-12-31T00:00:00Z',
  ].map((s) => Date.parse(s));
  const table = new Table({
    id: utf8Vector(ids),
    women: new Vector([makeData({ type: new Int32(), length: 7, data: Int32Array.from(women) })]),
    lat: new Vector([
      makeData({
        type: new Float64(),
        length: 7,
        data: Float64Array.from(lat),
        nullBitmap: validity(present),
        nullCount: 1,
      }),
    ]),
    fecha: new Vector([makeData({ type: new DateDay(), length: 7, data: Int32Array.from(dates.map(day)) })]),
    hora: new Vector([
      makeData({
        type: new TimestampMillisecond(),
        length: 7,
        data: BigInt64Array.from(stamps.map((s) => BigInt(s))),
      }),
    ]),
    pais: utf8Vector(['COL', 'BRA', 'ESP', 'COL', 'PER', 'CHL', 'MEX']),
  });
  const properties = new WriterPropertiesBuilder().setMaxRowGroupSize(MULTI_GROUP_SIZE).build();
  return writeParquet(
    WasmTable.fromIPCStream(tableToIPC(table, 'stream')),
    properties,
  ) as Uint8Array<ArrayBuffer>;
}
