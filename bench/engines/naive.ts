/**
 * Bench engine: the naive baseline. Rows become JS objects (CSV parsed by hand, Parquet read
 * with hyparquet) and every view filters and reduces the whole array. Run by bench/run.ts.
 */
import { readFile } from 'node:fs/promises';
import type { Filters } from '../../src/state/filters.ts';
import { emitResult, engineArgs, nodeMemory } from '../lib/child-io.ts';
import {
  naiveCharts,
  naiveComposition,
  naiveFlows,
  naiveGrid,
  naiveMap,
  naiveMonthCrimeCountry,
  naiveRoutes,
  naiveSeries,
} from '../lib/naive-aggregates.ts';
import { csvToRows, type NaiveRow, parquetToRows } from '../lib/naive-rows.ts';
import { MEM, OP } from '../lib/ops.ts';
import { type EngineResult, once, sampleOver, timed } from '../lib/stats.ts';
import { brushSequence, filterSequence, playbackSequence, SINGLE_QUERIES } from '../lib/workload.ts';

const args = engineArgs();
const result: EngineResult = { engine: 'naive', ops: {}, memory: {}, notes: [] };
const skipCsv = process.env.BENCH_NAIVE_SKIP_CSV === '1';

if (skipCsv) result.notes.push('naive CSV load skipped at this size (memory)');
else {
  const csv = await timed(async () => csvToRows(await readFile(args.csv, 'utf8')).length);
  result.ops[OP.loadCsv] = once(csv);
}
const parquet = await timed(async () => parquetToRows(new Uint8Array(await readFile(args.parquet))));
const rows = parquet.value;
result.ops[OP.loadParquet] = once(parquet);
const node = nodeMemory();
result.memory[MEM.jsHeap] = node.heap;
result.memory[MEM.rss] = node.rss;

const names = Object.keys(SINGLE_QUERIES);
const singles: ((rows: NaiveRow[], f: Filters) => unknown)[] = [
  naiveMonthCrimeCountry,
  naiveFlows,
  naiveRoutes,
  naiveGrid,
  naiveSeries,
  naiveComposition,
];
const filters = filterSequence(args.runs);
for (const [i, fn] of singles.entries()) {
  fn(rows, filters[0]!);
  result.ops[names[i]!] = await sampleOver(filters, async (f) => fn(rows, f));
}
result.ops[OP.mapReady] = await sampleOver(filters, async (f) => naiveMap(rows, f));
result.ops[OP.playback] = await sampleOver(playbackSequence(args.runs), async (f) => naiveMap(rows, f));
result.ops[OP.brush] = await sampleOver(brushSequence(args.runs), async (f) => naiveCharts(rows, f));
emitResult(result);
