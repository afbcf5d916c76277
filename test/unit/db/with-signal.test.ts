import type { Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { Database, StatementOptions } from '../../../src/db/database.ts';
import { withSignal } from '../../../src/db/with-signal.ts';

/** A database that records what it was asked, with one extra member like the browser's. */
function recorder() {
  const seen: { call: string; signal?: AbortSignal | undefined }[] = [];
  const db = {
    query: async (_sql: string, o?: StatementOptions) => {
      seen.push({ call: 'query', signal: o?.signal });
      return {} as Table;
    },
    exec: async (_sql: string, o?: StatementOptions) => {
      seen.push({ call: 'exec', signal: o?.signal });
    },
    registerBuffer: async () => void seen.push({ call: 'registerBuffer' }),
    insertArrowIPC: async () => void seen.push({ call: 'insertArrowIPC' }),
    copyFileOut: async () => new Uint8Array(0),
    dropFile: async () => void seen.push({ call: 'dropFile' }),
    close: async () => undefined,
    registerFile: async () => void seen.push({ call: 'registerFile' }),
    worker: 'the worker',
  };
  return { db: db as Database & typeof db, seen };
}

describe('withSignal', () => {
  it('hands the signal to every statement and keeps the other members', async () => {
    const { db, seen } = recorder();
    const controller = new AbortController();
    const scoped = withSignal(db, controller.signal);
    await scoped.query('SELECT 1');
    await scoped.exec('SELECT 1');
    await scoped.registerFile();
    expect(scoped.worker).toBe('the worker');
    expect(seen.map((s) => s.call)).toEqual(['query', 'exec', 'registerFile']);
    expect(seen[0]?.signal).toBe(controller.signal);
    expect(seen[1]?.signal).toBe(controller.signal);
  });

  it('combines a statement’s own signal with its own', async () => {
    const { db, seen } = recorder();
    const outer = new AbortController();
    const inner = new AbortController();
    await withSignal(db, outer.signal).exec('SELECT 1', { signal: inner.signal });
    const both = seen[0]?.signal;
    expect(both?.aborted).toBe(false);
    inner.abort();
    expect(both?.aborted).toBe(true);
  });

  it('refuses to register or insert after the abort, but still drops files (cleanup)', async () => {
    const { db, seen } = recorder();
    const controller = new AbortController();
    const scoped = withSignal(db, controller.signal);
    controller.abort();
    await expect(scoped.registerBuffer('x', new Uint8Array(0))).rejects.toMatchObject({ name: 'AbortError' });
    await expect(scoped.insertArrowIPC('x', new Uint8Array(0))).rejects.toMatchObject({ name: 'AbortError' });
    await scoped.dropFile('x');
    expect(seen.map((s) => s.call)).toEqual(['dropFile']);
  });
});
