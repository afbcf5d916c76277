import { tableFromArrays } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import {
  classifyEngineError,
  isSuspectedEngineFailure,
  probeDatabase,
  watchWorker,
  workerOf,
} from '../../../src/db/worker-health.ts';

async function failureOf(db: Database, sql: string): Promise<unknown> {
  return db.query(sql).then(
    () => null,
    (e: unknown) => e,
  );
}

describe('classifyEngineError on texts duckdb-wasm produces', () => {
  const cases: [string, unknown, string | null][] = [
    [
      'wasm trap (RuntimeError)',
      Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' }),
      'wasm_trap',
    ],
    ['unreachable', new Error('RuntimeError: unreachable'), 'wasm_trap'],
    ['emscripten abort', new Error('Aborted(). Build with -sASSERTIONS for more info.'), 'wasm_trap'],
    ['worker terminated', new Error('Worker has been terminated'), 'wasm_trap'],
    ['heap cannot grow', new Error('Cannot enlarge memory arrays'), 'out_of_memory'],
    [
      'DuckDB memory limit',
      new Error('Out of Memory Error: could not allocate block of size 256.0 KiB'),
      'out_of_memory',
    ],
    ['syntax error', new Error('Parser Error: syntax error at or near "SELEC"'), null],
    ['missing table', new Error('Catalog Error: Table with name x does not exist!'), null],
    ['a string', 'plain text', null],
    ['a message object', { message: 'RuntimeError: unreachable' }, 'wasm_trap'],
  ];
  for (const [name, error, expected] of cases) {
    it(name, () => {
      expect(classifyEngineError(error)).toBe(expected);
      expect(isSuspectedEngineFailure(error)).toBe(expected !== null);
    });
  }
});

describe('probeDatabase', () => {
  it('says true for an answering database, false for a failing or silent one', async () => {
    const ok = { query: async () => tableFromArrays({ alive: Int32Array.from([1]) }) };
    const failing = { query: () => Promise.reject(new Error('RuntimeError: unreachable')) };
    const silent = { query: () => new Promise<never>(() => undefined) };
    await expect(probeDatabase(ok)).resolves.toBe(true);
    await expect(probeDatabase(failing)).resolves.toBe(false);
    // A silent engine must not hang the probe: it answers false once its timeout passes.
    await expect(probeDatabase(silent, 50)).resolves.toBe(false);
  });
});

describe('watchWorker', () => {
  it('reports error and messageerror events until stopped', () => {
    const worker = new EventTarget();
    const seen: string[] = [];
    const stop = watchWorker(worker, (failure, detail) => seen.push(`${failure}:${detail}`));
    worker.dispatchEvent(new Event('error'));
    worker.dispatchEvent(new Event('messageerror'));
    stop();
    worker.dispatchEvent(new Event('error'));
    expect(seen).toEqual(['worker_error:error', 'worker_error:messageerror']);
  });

  it('finds the worker of a browser database only', () => {
    const worker = new EventTarget();
    expect(workerOf({ worker } as unknown as Database)).toBe(worker);
    expect(workerOf({} as unknown as Database)).toBeNull();
  });
});

describe('a real engine (duckdb-wasm, Node build)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
  });
  afterAll(async () => db.close().catch(() => undefined));

  it('survives its own memory limit: out_of_memory, and the probe still answers', async () => {
    await db.exec("SET memory_limit='20MB'");
    const error = await failureOf(
      db,
      'SELECT count(*) FROM (SELECT range % 1000000 AS k, list(range) AS l FROM range(5000000) GROUP BY k)',
    );
    expect(classifyEngineError(error)).toBe('out_of_memory');
    await expect(probeDatabase(db)).resolves.toBe(true);
    await db.exec("SET memory_limit='1GB'");
  });

  it('dies on a wasm trap (a 3 GB string): wasm_trap, and the probe fails from then on', async () => {
    const error = await failureOf(db, "SELECT length(repeat('x', 3000000000)) AS n");
    expect(classifyEngineError(error)).toBe('wasm_trap');
    await expect(probeDatabase(db, 2000)).resolves.toBe(false);
  });
});
