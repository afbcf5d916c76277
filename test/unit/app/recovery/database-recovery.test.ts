import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { DatabaseRecovery, type RecoveryStatus } from '../../../../src/app/recovery/database-recovery.ts';
import { Coordinator } from '../../../../src/db/coordinator.ts';
import type { Database } from '../../../../src/db/database.ts';

/** A fake engine: answers with its name until `kill()`, then fails every query like a trapped wasm. */
function fakeDatabase(name: string) {
  let dead = false;
  const worker = new EventTarget();
  const log: string[] = [];
  const db = {
    worker,
    terminated: false,
    query: async (sql: string) => {
      log.push(sql);
      if (dead) throw Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });
      return tableFromArrays({ alive: Int32Array.from([1]), name: [name] });
    },
    exec: async (sql: string) => {
      log.push(sql);
    },
    close: async () => undefined,
    terminate() {
      this.terminated = true;
    },
  };
  return { db: db as unknown as Database & { terminated: boolean }, worker, log, kill: () => (dead = true) };
}

function recoveryOver(first: ReturnType<typeof fakeDatabase>, opened: ReturnType<typeof fakeDatabase>[]) {
  const coordinator = new Coordinator(first.db);
  const phases: RecoveryStatus['phase'][] = [];
  const reloaded: Database[] = [];
  let restored = 0;
  const recovery = new DatabaseRecovery({
    coordinator,
    open: async () => {
      const next = fakeDatabase(`engine${opened.length + 2}`);
      opened.push(next);
      return next.db;
    },
    reload: async (db) => {
      reloaded.push(db);
      await db.exec('CREATE TABLE incidents AS SELECT 1');
    },
    onRestored: () => restored++,
    probeTimeoutMs: 100,
  });
  recovery.subscribe(() => phases.push(recovery.status.phase));
  recovery.start();
  return { coordinator, recovery, phases, reloaded, restored: () => restored };
}

describe('DatabaseRecovery', () => {
  it('restarts after a wasm trap, reloads the data, swaps the database and invalidates the cache', async () => {
    const first = fakeDatabase('engine1');
    const opened: ReturnType<typeof fakeDatabase>[] = [];
    const r = recoveryOver(first, opened);
    await r.coordinator.query('SELECT name');
    const generation = r.coordinator.generation;
    first.kill();
    const error = await r.coordinator.query('SELECT other').catch((e: unknown) => e);
    await r.recovery.check(error);
    expect(opened).toHaveLength(1);
    expect(r.coordinator.db).toBe(opened[0]?.db);
    expect(r.reloaded).toEqual([opened[0]?.db]);
    expect(first.db.terminated).toBe(true);
    expect(r.coordinator.generation).toBeGreaterThan(generation);
    expect(r.restored()).toBe(1);
    expect(r.phases).toEqual(['restarting', 'restored']);
    // The cached answer of the dead engine is gone: the same SQL now reaches the new one.
    const again = await r.coordinator.query('SELECT name');
    expect(again.getChild('name')?.get(0)).toBe('engine2');
    r.recovery.dismiss();
    expect(r.recovery.status.phase).toBe('ok');
  });

  it('notices failures through the coordinator by itself', async () => {
    const first = fakeDatabase('engine1');
    const opened: ReturnType<typeof fakeDatabase>[] = [];
    const r = recoveryOver(first, opened);
    first.kill();
    await r.coordinator.query('SELECT 42').catch(() => undefined);
    for (let i = 0; i < 50 && r.recovery.status.phase !== 'restored'; i++)
      await new Promise((ok) => setTimeout(ok, 10));
    expect(r.recovery.status.phase).toBe('restored');
    expect(opened).toHaveLength(1);
  });

  it('keeps the engine when it still answers (an ordinary error, or DuckDB refusing for memory)', async () => {
    const first = fakeDatabase('engine1');
    const opened: ReturnType<typeof fakeDatabase>[] = [];
    const r = recoveryOver(first, opened);
    await r.recovery.check(new Error('Out of Memory Error: could not allocate block'));
    await r.recovery.check(new Error('Parser Error: syntax error'));
    expect(opened).toHaveLength(0);
    expect(r.coordinator.db).toBe(first.db);
    expect(r.phases).toEqual([]);
  });

  it('restarts at once on a worker error, once even if several failures arrive together', async () => {
    const first = fakeDatabase('engine1');
    const opened: ReturnType<typeof fakeDatabase>[] = [];
    const r = recoveryOver(first, opened);
    first.worker.dispatchEvent(new Event('error'));
    first.worker.dispatchEvent(new Event('error'));
    await r.recovery.recover('worker_error');
    expect(opened).toHaveLength(1);
    expect(r.coordinator.db).toBe(opened[0]?.db);
    // The old worker is no longer watched; the new one is.
    first.worker.dispatchEvent(new Event('error'));
    await new Promise((ok) => setTimeout(ok, 20));
    expect(opened).toHaveLength(1);
    opened[0]?.worker.dispatchEvent(new Event('error'));
    for (let i = 0; i < 50 && r.coordinator.db !== opened[1]?.db; i++)
      await new Promise((ok) => setTimeout(ok, 10));
    expect(opened).toHaveLength(2);
    expect(r.coordinator.db).toBe(opened[1]?.db);
  });

  it('gives up after the allowed attempts and says so, keeping the old database in place', async () => {
    const first = fakeDatabase('engine1');
    const coordinator = new Coordinator(first.db);
    let opens = 0;
    const recovery = new DatabaseRecovery({
      coordinator,
      open: async () => {
        opens++;
        throw new Error('wasm could not be compiled');
      },
      reload: async () => undefined,
      maxAttempts: 3,
    });
    await recovery.recover('wasm_trap');
    expect(opens).toBe(3);
    expect(recovery.status).toEqual({
      phase: 'failed',
      failure: 'wasm_trap',
      detail: 'wasm could not be compiled',
    });
    // No restart loop on every later failed query once it has given up.
    first.kill();
    await recovery.check(new Error('RuntimeError: unreachable'));
    expect(opens).toBe(3);
  });
});

describe('LastGoodData with the real sample', () => {
  it('reloads reference tables and the sample into a fresh engine with the same counts', async () => {
    const { readFileSync } = await import('node:fs');
    const { readParquet } = await import('parquet-wasm');
    const { openNodeDatabase } = await import('../../../../src/db/node-database.ts');
    const { LastGoodData, sampleReloader } = await import('../../../../src/app/recovery/last-good-data.ts');
    const { SAMPLE_PATH, sampleDatabase } = await import('../../../helpers/sample-database.ts');
    const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
    const last = new LastGoodData(sampleReloader(bytes, async (b) => readParquet(b).intoIPCStream()));
    const reference = await sampleDatabase();
    const fresh = await openNodeDatabase();
    await last.reload(fresh);
    const count =
      'SELECT count(*)::DOUBLE AS n, (SELECT count(*) FROM country_points)::DOUBLE AS c FROM incidents';
    const [a, b] = [(await reference.query(count)).get(0), (await fresh.query(count)).get(0)];
    expect(Number(b?.n)).toBeGreaterThan(0);
    expect(Number(b?.n)).toBe(Number(a?.n));
    expect(Number(b?.c)).toBe(Number(a?.c));
    await reference.close();
    await fresh.close();
  });
});
