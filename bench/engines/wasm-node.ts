/**
 * Bench engine: DuckDB-WASM's blocking Node build (the browser's engine version) through
 * src/db/node-database.ts; Parquet decoded by parquet-wasm row group by row group as the
 * browser does (src/db/parquet-row-groups.ts), Arrow results
 * turned into layer data by src/layers. Run by bench/run.ts.
 */
import { readFile } from 'node:fs/promises';
import { ParquetFile } from 'parquet-wasm';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { insertRowGroups, openRowGroupReader } from '../../src/db/parquet-row-groups.ts';
import { loadReferenceTables } from '../../src/db/reference-tables.ts';
import { toFlowData } from '../../src/layers/flow-data.ts';
import { toGridData } from '../../src/layers/grid-data.ts';
import { toRouteData } from '../../src/layers/route-data.ts';
import { createIncidentsTableSQL } from '../../src/schema/incident.ts';
import { emitResult, engineArgs, nodeMemory } from '../lib/child-io.ts';
import { runSqlWorkload } from '../lib/measure-sql.ts';
import { MEM, OP } from '../lib/ops.ts';
import { type EngineResult, once, timed } from '../lib/stats.ts';
import { K, TOP_FLOWS } from '../lib/workload.ts';

const args = engineArgs();
const result: EngineResult = { engine: 'wasm-node', ops: {}, memory: {}, notes: [] };

const start = await timed(() => openNodeDatabase());
result.ops[OP.start] = once(start);
const db = start.value;
await loadReferenceTables(db);

try {
  const csvBytes = new Uint8Array(await readFile(args.csv));
  const csv = await timed(async () => {
    await db.registerBuffer('bench.csv', csvBytes);
    await db.exec("CREATE OR REPLACE TABLE flat_csv AS SELECT * FROM read_csv('bench.csv')");
  });
  result.ops[OP.loadCsv] = once(csv);
  await db.exec('DROP TABLE flat_csv');
  await db.dropFile('bench.csv');
} catch (error) {
  result.notes.push(`CSV load failed: ${String(error).split('\n')[0]}`);
  await db.exec('DROP TABLE IF EXISTS flat_csv').catch(() => undefined);
  await db.dropFile('bench.csv').catch(() => undefined);
}

const parquetFile = new Blob([new Uint8Array(await readFile(args.parquet))]);
const parquet = await timed(async () => {
  const reader = await openRowGroupReader(parquetFile, { ParquetFile });
  await insertRowGroups(db, reader, 'flat');
  reader.close();
});
result.notes.push('Parquet decoded and inserted one row group at a time, as the app does');
result.ops[OP.loadParquet] = once(parquet);
const create = await timed(() => db.exec(createIncidentsTableSQL('flat')));
result.ops[OP.createTable] = once(create);
await db.exec('DROP TABLE flat');

const mem = await db.query('SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()');
result.memory[MEM.duckdb] = Number(mem.get(0)?.b ?? 0);
const node = nodeMemory();
result.memory[MEM.jsHeap] = node.heap;
result.memory[MEM.rss] = node.rss;

Object.assign(
  result.ops,
  await runSqlWorkload(
    {
      query: (sql) => db.query(sql),
      toLayers: (flows, routes, grid) => {
        toFlowData(flows, K, { topN: TOP_FLOWS });
        toRouteData(routes, K);
        toGridData(grid, K);
      },
    },
    args.runs,
  ),
);
emitResult(result);
await db.close();
