/**
 * Builds src/geo/crossing-points.json from src/geo/crossing-points.csv, so the table can be
 * imported synchronously in both Vite and Node (a unit test checks the two match). Run with
 * `npx tsx scripts/build-crossing-points.ts` after editing the CSV.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCrossingPointsCsv } from '../src/geo/parse-crossing-points.ts';

const csvPath = fileURLToPath(new URL('../src/geo/crossing-points.csv', import.meta.url));
const jsonPath = fileURLToPath(new URL('../src/geo/crossing-points.json', import.meta.url));
const points = parseCrossingPointsCsv(readFileSync(csvPath, 'utf8'));
writeFileSync(jsonPath, `${JSON.stringify(points, null, 2)}\n`);
console.log(`wrote ${points.length} crossing points to ${jsonPath}`);
