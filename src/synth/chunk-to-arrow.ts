import {
  type Data,
  type DataType,
  DateDay,
  Field,
  Float64,
  Int32,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Utf8,
} from 'apache-arrow';
import { FLAT_COLUMNS } from '../schema/incident.ts';
import type { IncidentChunk, IntColumn, StringColumn } from './incident-chunk.ts';

const ARROW_TYPES: Readonly<Record<(typeof FLAT_COLUMNS)[number][1], () => DataType>> = {
  VARCHAR: () => new Utf8(),
  DATE: () => new DateDay(),
  DOUBLE: () => new Float64(),
  INTEGER: () => new Int32(),
};

/** Arrow schema of a flat extract: FLAT_COLUMNS with Utf8, Date32 (days), Float64 and Int32 types. */
export const INCIDENT_ARROW_SCHEMA = new Schema(
  FLAT_COLUMNS.map(
    ([name, type]) => new Field(name, ARROW_TYPES[type](), type === 'VARCHAR' || type === 'DOUBLE'),
  ),
);

/** A validity bitmap (bit set = valid) and the null count, or an empty bitmap when nothing is null. */
function validity(length: number, isNull: (i: number) => boolean): [Uint8Array, number] {
  const bitmap = new Uint8Array((length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < length; i++) {
    if (isNull(i)) nulls++;
    else bitmap[i >> 3] = (bitmap[i >> 3] as number) | (1 << (i & 7));
  }
  return nulls === 0 ? [new Uint8Array(0), 0] : [bitmap, nulls];
}

const encoder = new TextEncoder();

/** A Utf8 column from JS strings, with an ASCII fast path (most generated values are ASCII). */
function utf8Data(values: readonly (string | null)[], length: number): Data<Utf8> {
  const [nullBitmap, nullCount] = validity(length, (i) => values[i] === null);
  const offsets = new Int32Array(length + 1);
  const encoded = new Map<string, Uint8Array>();
  let total = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v) {
      let bytes = v.length;
      for (let k = 0; k < v.length; k++) {
        if (v.charCodeAt(k) > 127) {
          let e = encoded.get(v);
          if (!e) {
            e = encoder.encode(v);
            encoded.set(v, e);
          }
          bytes = e.length;
          break;
        }
      }
      total += bytes;
    }
    offsets[i + 1] = total;
  }
  const data = new Uint8Array(total);
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (!v) continue;
    let at = offsets[i] as number;
    const e = encoded.get(v);
    if (e) data.set(e, at);
    else for (let k = 0; k < v.length; k++) data[at++] = v.charCodeAt(k);
  }
  return makeData({ type: new Utf8(), length, nullCount, nullBitmap, valueOffsets: offsets, data });
}

function float64Data(values: Float64Array, length: number): Data<Float64> {
  const [nullBitmap, nullCount] = validity(length, (i) => Number.isNaN(values[i]));
  const data = nullCount === 0 ? values : values.map((v) => (Number.isNaN(v) ? 0 : v));
  return makeData({ type: new Float64(), length, nullCount, nullBitmap, data });
}

/** Converts a generated chunk into one Arrow record batch with {@link INCIDENT_ARROW_SCHEMA}. */
export function chunkToRecordBatch(chunk: IncidentChunk): RecordBatch {
  const n = chunk.length;
  const children: Data[] = FLAT_COLUMNS.map(([name, type]) => {
    if (type === 'VARCHAR') return utf8Data(chunk.strings[name as StringColumn], n);
    if (type === 'INTEGER')
      return makeData({ type: new Int32(), length: n, data: chunk.ints[name as IntColumn] });
    if (type === 'DATE') return makeData({ type: new DateDay(), length: n, data: chunk.date });
    return float64Data(name === 'lat' ? chunk.lat : chunk.lon, n);
  });
  const struct = makeData({
    type: new Struct(INCIDENT_ARROW_SCHEMA.fields),
    length: n,
    nullCount: 0,
    children,
  });
  return new RecordBatch(INCIDENT_ARROW_SCHEMA, struct);
}
