import { Table, tableToIPC } from 'apache-arrow';
import {
  Compression,
  transformParquetStream,
  type RecordBatch as WasmRecordBatch,
  Table as WasmTable,
  WriterPropertiesBuilder,
} from 'parquet-wasm';
import { chunkToRecordBatch, INCIDENT_ARROW_SCHEMA } from './chunk-to-arrow.ts';
import type { IncidentChunk } from './incident-chunk.ts';
import { sortFooterKeyValues } from './parquet-footer.ts';
import type { ByteSink } from './write-csv.ts';

/** Options of {@link writeParquet}. */
export interface ParquetOptions {
  /** Key-value metadata written in the file footer (e.g. `rutas:synthetic`). */
  metadata: ReadonlyMap<string, string>;
  /** Rows per row group (default 100,000). */
  rowGroupSize?: number;
}

/** One generated chunk as a record batch in parquet-wasm's memory (through an Arrow IPC stream). */
function toWasmBatch(chunk: IncidentChunk): WasmRecordBatch {
  const ipc = tableToIPC(new Table(INCIDENT_ARROW_SCHEMA, [chunkToRecordBatch(chunk)]), 'stream');
  const table = WasmTable.fromIPCStream(ipc);
  const batch = table.recordBatch(0);
  if (!batch) throw new Error('parquet-wasm returned no record batch');
  return batch;
}

/**
 * Streams chunks into one Parquet file (Snappy, dictionary encoding, explicit writer
 * properties, no timestamps, key-value metadata sorted: see parquet-footer.ts) so the same chunks
 * always give the same bytes, and memory stays
 * bounded by one chunk plus one row group whatever the row count. Uses parquet-wasm's Node
 * build, which initialises itself; in a browser, call parquet-wasm's default init first.
 */
export async function writeParquet(
  chunks: Iterable<IncidentChunk>,
  sink: ByteSink,
  options: ParquetOptions,
): Promise<void> {
  const iterator = chunks[Symbol.iterator]();
  const batches = new ReadableStream<WasmRecordBatch>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(toWasmBatch(next.value));
    },
  });
  const properties = new WriterPropertiesBuilder()
    .setCompression(Compression.SNAPPY)
    .setDictionaryEnabled(true)
    .setMaxRowGroupSize(options.rowGroupSize ?? 100_000)
    .setCreatedBy('rutas synthetic generator')
    .setKeyValueMetadata(new Map(options.metadata))
    .build();
  const bytes: ReadableStream<Uint8Array> = await transformParquetStream(batches, properties);
  const reader = bytes.getReader();
  // The footer comes last: hold back the most recent bytes so it can be rewritten in order.
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    held.push(value);
    heldBytes += value.length;
    while (held.length > 1 && heldBytes - (held[0] as Uint8Array).length >= TAIL_WINDOW) {
      const first = held.shift() as Uint8Array;
      heldBytes -= first.length;
      await sink(first);
    }
  }
  const tail = new Uint8Array(heldBytes);
  let at = 0;
  for (const part of held) {
    tail.set(part, at);
    at += part.length;
  }
  await sink(sortFooterKeyValues(tail));
}

/** Bytes held back at the end of the stream; far larger than any footer this generator writes. */
const TAIL_WINDOW = 16 * 1024 * 1024;
