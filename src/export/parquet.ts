import { Float64, Table, tableToIPC, Utf8, type Vector, vectorFromArray } from 'apache-arrow';
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
      ? vectorFromArray(values as (number | null)[], new Float64())
      : vectorFromArray(
          values.map((v) => (v === null ? null : String(v))),
          new Utf8(),
        );
  });
  const arrow = new Table(vectors);
  const wasmTable = parquet.Table.fromIPCStream(tableToIPC(arrow, 'stream'));
  const properties = new parquet.WriterPropertiesBuilder()
    .setKeyValueMetadata(new Map([[PARQUET_PROVENANCE_KEY, serializeProvenance(provenance)]]))
    .build();
  return parquet.writeParquet(wasmTable, properties);
}
