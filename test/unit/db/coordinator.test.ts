import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { Coordinator, SupersededError } from '../../../src/db/coordinator.ts';
import type { Database } from '../../../src/db/database.ts';

/** A database whose queries resolve when the test says so, counting calls. */
function controllableDatabase() {
  const pending: { sql: string; resolve: () => void }[] = [];
  let calls = 0;
  const db = {
    query: (sql: string) =>
      new Promise((resolve) => {
        calls++;
        pending.push({ sql, resolve: () => resolve(tableFromArrays({ sql: [sql] })) });
      }),
  } as unknown as Database;
  return { db, pending, calls: () => calls };
}

describe('Coordinator', () => {
  it('drops a superseded result for the same view', async () => {
    const { db, pending } = controllableDatabase();
    const c = new Coordinator(db);
    const first = c.request('map', 'SELECT 1');
    const second = c.request('map', 'SELECT 2');
    pending[1]!.resolve();
    pending[0]!.resolve();
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    await expect(second.then((t) => t.getChild('sql')?.get(0))).resolves.toBe('SELECT 2');
  });

  it('caches by SQL text and forgets on invalidate', async () => {
    const { db, pending, calls } = controllableDatabase();
    const c = new Coordinator(db);
    const a = c.query('SELECT 1');
    const b = c.query('SELECT 1');
    pending[0]!.resolve();
    await Promise.all([a, b]);
    expect(calls()).toBe(1);
    c.invalidate();
    const again = c.query('SELECT 1');
    pending[1]!.resolve();
    await again;
    expect(calls()).toBe(2);
    expect(c.generation).toBe(1);
  });
});
