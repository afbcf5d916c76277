import { type Data, Float64, makeData, Table, tableToIPC, Utf8, Vector } from 'apache-arrow';
import type * as ParquetWasm from 'parquet-wasm';
import { type Provenance, serializeProvenance } from './provenance.ts';
import type { ExportTable } from './table-data.ts';

/**
 * The parts of parquet-wasm the writer needs. Passed in rather than imported, because the
 * browser build must be initialised with its wasm URL first (the app does that once), while
 * Node's build is ready on import; the same export code serves both.
 */
export type ParquetWriterModule = Pick<
  typeof ParquetWasm,
  'Table' | 'writeParquet' | 'WriterPropertiesBuilder'
>;

/** Key under which the provenance JSON is stored in the file's key-value metadata. */
export const PARQUET_PROVENANCE_KEY = 'rutas:provenance';

/**
 * Writes a table as Parquet: a column whose non-null values are all numbers becomes
 * DOUBLE (nullable), any other column UTF-8 text. The provenance JSON is stored in the
 * file's key-value metadata under {@link PARQUET_PROVENANCE_KEY}. Returns the file's bytes.
 */
export function toParquet(
  table: ExportTable,
  provenance: Provenance,
  parquet: ParquetWriterModule,
): Uint8Array {
  const vectors: Record<string, Vector> = {};
  table.columns.forEach((name, c) => {
    const values = table.rows.map((r) => r[c] ?? null);
    const numeric = values.every((v) => v === null || typeof v === 'number');
    vectors[name] = numeric
      ? new Vector([float64Data(values as (number | null)[])])
      : new Vector([utf8Data(values)]);
  });
  const arrow = new Table(vectors);
  const wasmTable = parquet.Table.fromIPCStream(tableToIPC(arrow, 'stream'));
  const properties = new parquet.WriterPropertiesBuilder()
    .setKeyValueMetadata(new Map([[PARQUET_PROVENANCE_KEY, serializeProvenance(provenance)]]))
    .build();
  return parquet.writeParquet(wasmTable, properties);
}

/** Arrow validity bitmap (bit i set = value i present, least significant bit first) and null count. */
function validity(values: readonly unknown[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { nullBitmap, nullCount };
}

/**
 * A nullable DOUBLE column built directly from its buffers. apache-arrow's builders
 * (`vectorFromArray`, `tableFromArrays`) compile code with `new Function`, which the app's
 * Content-Security-Policy (no 'unsafe-eval') blocks, so exports avoid them.
 */
function float64Data(values: readonly (number | null)[]): Data<Float64> {
  const data = Float64Array.from(values, (v) => v ?? 0);
  return makeData({ type: new Float64(), length: values.length, data, ...validity(values) });
}

/** A nullable UTF-8 column built from its offsets and bytes (builder-free, see {@link float64Data}). */
function utf8Data(values: readonly (string | number | null)[]): Data<Utf8> {
  const encoder = new TextEncoder();
  const parts = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(String(v))));
  const valueOffsets = new Int32Array(values.length + 1);
  parts.forEach((p, i) => {
    valueOffsets[i + 1] = valueOffsets[i]! + p.length;
  });
  const data = new Uint8Array(valueOffsets[values.length]!);
  parts.forEach((p, i) => {
    data.set(p, valueOffsets[i]!);
  });
  return makeData({ type: new Utf8(), length: values.length, valueOffsets, data, ...validity(values) });
}
