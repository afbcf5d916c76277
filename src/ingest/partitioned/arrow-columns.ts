import {
  type DataType,
  DateDay,
  Float32,
  Float64,
  Int32,
  Int64,
  makeData,
  makeVector,
  Table,
  tableToIPC,
  type Vector,
} from 'apache-arrow';
import type { SchemaElement } from 'hyparquet';
import { utf8Vector } from '../formats/string-columns.ts';

/**
 * How a Parquet column reaches DuckDB as Arrow. The reader asks hyparquet for raw values
 * (days for DATE, UTF-8 bytes for strings; see {@link RAW_PARSERS}) so no Date or string
 * object is made per cell, and each kind maps to one Arrow type built from typed arrays.
 */
export type ColumnKind = 'utf8' | 'date' | 'int32' | 'int64' | 'float32' | 'float64';

/**
 * hyparquet parsers that keep values raw: DATE as days since the epoch (Arrow's date32 unit)
 * and strings as their UTF-8 bytes (Arrow's Utf8 data), instead of a Date and a JS string
 * per cell that would be encoded back right away.
 */
export const RAW_PARSERS = {
  dateFromDays: (days: number): number => days,
  stringFromBytes: (bytes: Uint8Array | undefined): Uint8Array | undefined => bytes,
};

/**
 * The kind of a flat Parquet column, from its schema element; throws for types a flat
 * incident extract does not use (nested, boolean, timestamps, INT96), naming the column.
 */
export function columnKind(element: SchemaElement): ColumnKind {
  const { type, converted_type: ctype, logical_type: ltype, name } = element;
  if (ctype === 'DECIMAL' || ltype?.type === 'DECIMAL') return 'float64';
  if (type === 'BYTE_ARRAY') return 'utf8';
  if (type === 'INT32' && (ctype === 'DATE' || ltype?.type === 'DATE')) return 'date';
  if (type === 'INT32' && (ctype === 'UINT_32' || (ltype?.type === 'INTEGER' && !ltype.isSigned)))
    return 'float64';
  if (type === 'INT32') return 'int32';
  if (type === 'INT64' && !ctype && (!ltype || (ltype.type === 'INTEGER' && ltype.isSigned))) return 'int64';
  if (type === 'FLOAT') return 'float32';
  if (type === 'DOUBLE') return 'float64';
  throw new Error(`column ${name}: Parquet type ${type}/${ctype ?? ltype?.type ?? '-'} is not supported`);
}

/** Validity bitmap (bit set = value present) and null count of `values`. */
function validity(values: ArrayLike<unknown>): { nullCount: number; nullBitmap: Uint8Array } {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) nullCount++;
    else nullBitmap[i >> 3] = (nullBitmap[i >> 3] ?? 0) | (1 << (i & 7));
  }
  return { nullCount, nullBitmap };
}

type NumberArray = Int32Array | Float32Array | Float64Array;
type NumberArrayCtor = new (length: number) => NumberArray;

/** A fixed-width numeric vector; a typed array without nulls is used as is (no copy). */
function numericVector(type: DataType, Ctor: NumberArrayCtor, values: ArrayLike<unknown>): Vector {
  const length = values.length;
  if (values instanceof Ctor)
    return makeVector(makeData({ type, length, nullCount: 0, data: values } as never));
  const { nullCount, nullBitmap } = validity(values);
  const data = new Ctor(length);
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) data[i] = Number(v);
  }
  return makeVector(
    makeData({ type, length, nullCount, ...(nullCount > 0 ? { nullBitmap } : {}), data } as never),
  );
}

function int64Vector(values: ArrayLike<unknown>): Vector<Int64> {
  const length = values.length;
  const type = new Int64();
  if (values instanceof BigInt64Array)
    return makeVector(makeData({ type, length, nullCount: 0, data: values }));
  const { nullCount, nullBitmap } = validity(values);
  const data = new BigInt64Array(length);
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) data[i] = BigInt(v as bigint | number);
  }
  return makeVector(makeData({ type, length, nullCount, ...(nullCount > 0 ? { nullBitmap } : {}), data }));
}

/**
 * One Arrow vector from one column's values as hyparquet decoded them with {@link RAW_PARSERS}
 * (a typed array, or an array with null for missing cells). Pure.
 */
export function toArrowVector(kind: ColumnKind, values: ArrayLike<unknown>): Vector {
  switch (kind) {
    case 'utf8':
      return utf8Vector(values as ArrayLike<string | Uint8Array | null | undefined>);
    case 'date':
      return numericVector(new DateDay(), Int32Array, values);
    case 'int32':
      return numericVector(new Int32(), Int32Array, values);
    case 'int64':
      return int64Vector(values);
    case 'float32':
      return numericVector(new Float32(), Float32Array, values);
    case 'float64':
      return numericVector(new Float64(), Float64Array, values);
  }
}

/** One decoded column of a row group. */
export interface DecodedColumn {
  name: string;
  kind: ColumnKind;
  values: ArrayLike<unknown>;
}

/**
 * A row group's decoded columns as one Arrow IPC stream, for `Database.insertArrowIPC`.
 * Every column must have the same length. Pure.
 */
export function columnsToIPC(columns: readonly DecodedColumn[]): Uint8Array {
  const length = columns[0]?.values.length ?? 0;
  const vectors: Record<string, Vector> = {};
  for (const c of columns) {
    if (c.values.length !== length)
      throw new Error(`column ${c.name}: ${c.values.length} values, expected ${length}`);
    vectors[c.name] = toArrowVector(c.kind, c.values);
  }
  return tableToIPC(new Table(vectors), 'stream');
}
