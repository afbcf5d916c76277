/**
 * Bench engine: native DuckDB in Node (@duckdb/node-api, parquet built in), one thread so
 * it compares engine to engine with the single-threaded browser build. Run by bench/run.ts.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Database } from '../../src/db/database.ts';
import { CONNECT_STATEMENTS } from '../../src/db/database.ts';
import { loadReferenceTables } from '../../src/db/reference-tables.ts';
import { sqlString } from '../../src/query/sql.ts';
import { createIncidentsTableSQL } from '../../src/schema/incident.ts';
import { emitResult, engineArgs, nodeMemory } from '../lib/child-io.ts';
import { runSqlWorkload } from '../lib/measure-sql.ts';
import { MEM, OP } from '../lib/ops.ts';
import { type EngineResult, once, timed } from '../lib/stats.ts';

const args = engineArgs();
const result: EngineResult = {
  engine: 'native',
  ops: {},
  memory: {},
  notes: ['native DuckDB with threads=1'],
};

const start = await timed(async () => {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  for (const sql of CONNECT_STATEMENTS) await conn.run(sql);
  return conn;
});
result.ops[OP.start] = once(start);
const conn = start.value;
const run = async (sql: string) => conn.runAndReadAll(sql);
const unsupported = async (): Promise<never> => {
  throw new Error('not used by the bench');
};
const db: Database = {
  query: unsupported,
  exec: async (sql) => {
    await conn.run(sql);
  },
  registerBuffer: unsupported,
  insertArrowIPC: unsupported,
  copyFileOut: unsupported,
  dropFile: unsupported,
  close: async () => conn.closeSync(),
};
await loadReferenceTables(db);

const csv = await timed(() =>
  run(`CREATE OR REPLACE TABLE flat_csv AS SELECT * FROM read_csv(${sqlString(args.csv)})`),
);
result.ops[OP.loadCsv] = once(csv);
await run('DROP TABLE flat_csv');
const parquet = await timed(() =>
  run(`CREATE OR REPLACE TABLE flat AS SELECT * FROM read_parquet(${sqlString(args.parquet)})`),
);
result.ops[OP.loadParquet] = once(parquet);
const create = await timed(() => run(createIncidentsTableSQL('flat')));
result.ops[OP.createTable] = once(create);
await run('DROP TABLE flat');

const mem = await run('SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()');
result.memory[MEM.duckdb] = Number(mem.getRowObjects()[0]?.b ?? 0);
const node = nodeMemory();
result.memory[MEM.jsHeap] = node.heap;
result.memory[MEM.rss] = node.rss;

Object.assign(result.ops, await runSqlWorkload({ query: run }, args.runs));
emitResult(result);
conn.closeSync();
