import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateIncidents } from '../../../src/synth/generate-incidents.ts';
import { SAMPLE_OPTIONS, SAMPLE_PARQUET_PATH } from '../../../src/synth/sample-options.ts';
import { syntheticMetadata } from '../../../src/synth/synthetic-metadata.ts';
import { writeParquet } from '../../../src/synth/write-parquet.ts';

describe('bundled sample', () => {
  it('public/sample/incidents-sample.parquet is exactly what the generator writes for the sample options', async () => {
    const parts: Uint8Array[] = [];
    await writeParquet(generateIncidents(SAMPLE_OPTIONS), (b) => void parts.push(b.slice()), {
      metadata: syntheticMetadata(SAMPLE_OPTIONS),
    });
    const bundled = readFileSync(resolve(process.cwd(), 'public', SAMPLE_PARQUET_PATH));
    expect(bundled.length).toBeGreaterThan(500_000);
    expect(bundled.length).toBeLessThan(3_000_000);
    expect(Buffer.compare(Buffer.concat(parts), bundled)).toBe(0);
  });
});
