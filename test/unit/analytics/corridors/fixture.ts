import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorridorCollection } from '../../../../src/analytics/corridors/types.ts';

/** The hand-made corridor collection of test/fixtures/corridors/crossing-corridors.geojson. */
export function crossingCorridors(): CorridorCollection {
  const path = resolve(process.cwd(), 'test/fixtures/corridors/crossing-corridors.geojson');
  return JSON.parse(readFileSync(path, 'utf8')) as CorridorCollection;
}
