/**
 * Writes the bundled sample the app loads at start: public/sample/incidents-sample.parquet
 * (50,000 synthetic incidents, seed 2020, labelled synthetic in its metadata) and
 * public/sample/corridors-illustrative.geojson. Run with `npx tsx scripts/build-sample.ts`;
 * the output is byte-identical on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateIncidents } from '../src/synth/generate-incidents.ts';
import { illustrativeCorridors } from '../src/synth/illustrative-corridors.ts';
import { SAMPLE_CORRIDORS_PATH, SAMPLE_OPTIONS, SAMPLE_PARQUET_PATH } from '../src/synth/sample-options.ts';
import { syntheticMetadata } from '../src/synth/synthetic-metadata.ts';
import { writeParquet } from '../src/synth/write-parquet.ts';

const pub = fileURLToPath(new URL('../public/', import.meta.url));
mkdirSync(`${pub}sample`, { recursive: true });

const parts: Uint8Array[] = [];
await writeParquet(generateIncidents(SAMPLE_OPTIONS), (b) => void parts.push(b.slice()), {
  metadata: syntheticMetadata(SAMPLE_OPTIONS),
});
const parquet = Buffer.concat(parts);
writeFileSync(`${pub}${SAMPLE_PARQUET_PATH}`, parquet);
writeFileSync(`${pub}${SAMPLE_CORRIDORS_PATH}`, `${JSON.stringify(illustrativeCorridors(), null, 2)}\n`);
console.log(
  `wrote ${SAMPLE_PARQUET_PATH} (${parquet.length} bytes) and ${SAMPLE_CORRIDORS_PATH} under ${pub}`,
);
