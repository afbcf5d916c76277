/**
 * The protected view cube of the side-panel charts on the bundled 50k sample: counts in
 * DuckDB-WASM (Node build, the browser's engine), then protection (line rule, audit, repair,
 * differencing guard) timed on its own, as the app's worker runs it. Prints how many cells
 * are hidden and why, for the persons cube (country × month × crime type × sex/age) and the
 * incidents cube, without outer filters and with one exploitation form selected.
 *
 *   npx tsx bench/view-cube.bench.ts [runs]
 */
import { readFile } from 'node:fs/promises';
import { readParquet } from 'parquet-wasm';
import { protectViewCube, VIEW_CELL } from '../src/analytics/disclosure/view-cube.ts';
import { toViewCubeInput } from '../src/app/protected-cube/view-cube-input.ts';
import { viewCubeQueries } from '../src/app/protected-cube/view-cube-service.ts';
import { openNodeDatabase } from '../src/db/node-database.ts';
import type { ViewMeasure } from '../src/query/view-cube-query.ts';
import { createIncidentsTableSQL } from '../src/schema/incident.ts';
import { EMPTY_FILTERS, type Filters } from '../src/state/filters.ts';

const runs = Number(process.argv[2] ?? 3);
const db = await openNodeDatabase();
const bytes = await readFile('public/sample/incidents-sample.parquet');
await db.insertArrowIPC('flat', readParquet(bytes).intoIPCStream());
await db.exec(createIncidentsTableSQL('flat'));

const cases: { name: string; measure: ViewMeasure; filters: Filters }[] = [
  { name: 'persons, no outer filter', measure: 'persons', filters: EMPTY_FILTERS },
  { name: 'incidents, no outer filter', measure: 'incidents', filters: EMPTY_FILTERS },
  {
    name: 'persons, exploitation = forced_labour (guard: 1 neighbour)',
    measure: 'persons',
    filters: { ...EMPTY_FILTERS, exploitation: ['forced_labour'] },
  },
];

for (const c of cases) {
  const { view, neighbours } = viewCubeQueries(c.filters, c.measure);
  const t0 = performance.now();
  const tables = await Promise.all([view, ...neighbours].map((sql) => db.query(sql)));
  const queryMs = performance.now() - t0;
  const times: number[] = [];
  let summary = '';
  for (let i = 0; i < runs; i++) {
    const input = toViewCubeInput(c.measure, tables[0]!, tables.slice(1), 5);
    const start = performance.now();
    const cube = protectViewCube(input);
    times.push(performance.now() - start);
    const count = (s: number) => cube.status.filter((x) => x === s).length;
    const published = cube.status.length - count(1) - count(2) - count(3);
    summary = `${cube.shape.join('×')} = ${cube.status.length} cells: ${count(VIEW_CELL.primary)} primary, ${count(VIEW_CELL.secondary)} secondary, ${count(VIEW_CELL.guarded)} guarded, ${published} published`;
  }
  times.sort((a, b) => a - b);
  console.log(`${c.name}: ${summary}`);
  console.log(
    `  counts ${queryMs.toFixed(0)} ms (${1 + neighbours.length} queries); protect median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms over ${runs} runs (min ${times[0]!.toFixed(0)} ms)`,
  );
}
await db.close();
