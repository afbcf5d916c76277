import { makeData, makeVector, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';

/**
 * Column-wise string data on its way from a JS parser (XLSX, JSON) to DuckDB: one array of
 * cell texts per column, so rows never become per-row JS objects after parsing.
 */
export interface StringColumns {
  /** Column names in file order, already unique. */
  names: string[];
  /** One array per column, all the same length; null is an empty cell. */
  values: (string | null)[][];
}

/**
 * Makes header names unique and non-empty the way DuckDB's CSV reader does: an empty
 * name becomes `column<i>`, a repeated name gets `_1`, `_2`, ... appended.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.trim() === '' ? `column${i}` : raw.trim();
    let name = base;
    for (let k = 1; seen.has(name); k++) name = `${base}_${k}`;
    seen.add(name);
    return name;
  });
}

/** Text of any parsed cell value: strings verbatim, numbers and booleans as written, objects as JSON. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  return JSON.stringify(value);
}

const encoder = new TextEncoder();

/**
 * One Utf8 Arrow vector from cell texts (strings, or UTF-8 bytes as the Parquet reader
 * decodes them; null or undefined for a missing cell), built from its buffers (offsets,
 * UTF-8 bytes, validity bitmap) by hand. apache-arrow's `vectorFromArray` goes through its
 * builders, which compile a null check with `new Function` (builder/valid.mjs) and so break
 * under the app's Content-Security-Policy (no 'unsafe-eval').
 */
export function utf8Vector(values: ArrayLike<string | Uint8Array | null | undefined>): Vector<Utf8> {
  const length = values.length;
  const valueOffsets = new Int32Array(length + 1);
  const nullBitmap = new Uint8Array(Math.ceil(length / 8));
  const parts: Uint8Array[] = [];
  let bytes = 0;
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (value === null || value === undefined) nullCount++;
    else {
      nullBitmap[i >> 3] = (nullBitmap[i >> 3] ?? 0) | (1 << (i & 7));
      const encoded = value instanceof Uint8Array ? value : encoder.encode(value);
      parts.push(encoded);
      bytes += encoded.byteLength;
    }
    if (bytes > 0x7fffffff) throw new RangeError('string column larger than 2 GiB');
    valueOffsets[i + 1] = bytes;
  }
  const data = new Uint8Array(bytes);
  let at = 0;
  for (const part of parts) {
    data.set(part, at);
    at += part.byteLength;
  }
  return makeVector(
    makeData({
      type: new Utf8(),
      length,
      nullCount,
      ...(nullCount > 0 ? { nullBitmap } : {}),
      valueOffsets,
      data,
    }),
  );
}

/** Serialises string columns as an Arrow IPC stream of Utf8 columns for `insertArrowIPC`. */
export function stringColumnsToIPC(columns: StringColumns): Uint8Array {
  const vectors: Record<string, Vector<Utf8>> = {};
  columns.names.forEach((name, i) => {
    vectors[name] = utf8Vector(columns.values[i] ?? []);
  });
  return tableToIPC(new Table(vectors), 'stream');
}

/** Accumulates records (objects) column-wise, keeping the order in which keys first appear. */
export class ColumnCollector {
  private readonly index = new Map<string, number>();
  private readonly columns: (string | null)[][] = [];
  private rows = 0;

  /** Adds one record; keys not seen before become new columns padded with nulls. */
  add(record: Readonly<Record<string, unknown>>): void {
    for (const [key, value] of Object.entries(record)) {
      let i = this.index.get(key);
      if (i === undefined) {
        i = this.columns.length;
        this.index.set(key, i);
        this.columns.push(new Array<string | null>(this.rows).fill(null));
      }
      const column = this.columns[i];
      if (column) column[this.rows] = cellText(value);
    }
    this.rows++;
    for (const column of this.columns) if (column.length < this.rows) column.length = this.rows;
  }

  /** The collected columns; holes become nulls. */
  result(): StringColumns {
    const names = uniqueNames([...this.index.keys()]);
    return { names, values: this.columns.map((c) => Array.from(c, (v) => v ?? null)) };
  }
}
