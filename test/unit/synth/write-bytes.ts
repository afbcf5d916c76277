import { generateIncidents } from '../../../src/synth/generate-incidents.ts';
import { syntheticMetadata } from '../../../src/synth/synthetic-metadata.ts';
import { writeCsv } from '../../../src/synth/write-csv.ts';
import { writeParquet } from '../../../src/synth/write-parquet.ts';

/** Generates an extract into memory as CSV bytes. */
export async function csvBytes(seed: number, rows: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  await writeCsv(generateIncidents({ seed, rows }), (b) => void parts.push(b));
  return Buffer.concat(parts);
}

/** Generates an extract into memory as Parquet bytes (with the synthetic metadata). */
export async function parquetBytes(seed: number, rows: number, chunkSize = 100_000): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const options = { seed, rows, chunkSize };
  await writeParquet(generateIncidents(options), (b) => void parts.push(b.slice()), {
    metadata: syntheticMetadata(options),
    rowGroupSize: chunkSize,
  });
  return Buffer.concat(parts);
}
