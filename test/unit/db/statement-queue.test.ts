import { describe, expect, it } from 'vitest';
import { StatementQueue } from '../../../src/db/statement-queue.ts';

const tick = (ms = 5) => new Promise((done) => setTimeout(done, ms));

describe('StatementQueue', () => {
  it('runs tasks one at a time in call order, a failure not stopping the next', async () => {
    const queue = new StatementQueue();
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const a = queue.run(task('a'));
    const b = queue.run(task('b', true));
    const c = queue.run(task('c'));
    await expect(a).resolves.toBe('a');
    await expect(b).rejects.toThrow('b');
    await expect(c).resolves.toBe('c');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('rejects a waiting task at once when its signal fires, and never starts it', async () => {
    const queue = new StatementQueue();
    let release = (): void => undefined;
    const first = queue.run(() => new Promise<void>((done) => (release = done)));
    const controller = new AbortController();
    let started = false;
    const second = queue.run(async () => {
      started = true;
    }, controller.signal);
    controller.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    release();
    await first;
    await queue.run(async () => undefined);
    expect(started).toBe(false);
  });

  it('refuses a task whose signal already fired', async () => {
    const queue = new StatementQueue();
    const controller = new AbortController();
    controller.abort();
    await expect(queue.run(async () => 1, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('starts shared tasks together, but never before an earlier exclusive task has settled', async () => {
    const queue = new StatementQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
      return name;
    };
    const first = queue.run(task('exclusive', 10));
    const a = queue.run(task('a', 10), undefined, 'shared');
    const b = queue.run(task('b', 5), undefined, 'shared');
    const last = queue.run(task('last', 1));
    await Promise.all([first, a, b, last]);
    expect(log).toEqual([
      'start exclusive',
      'end exclusive',
      'start a',
      'start b',
      'end b',
      'end a',
      'start last',
      'end last',
    ]);
  });

  it('lets an exclusive task wait for every shared task before it, failed ones included', async () => {
    const queue = new StatementQueue();
    let running = 0;
    let seenByExclusive = -1;
    const shared = (fail: boolean) =>
      queue.run(
        async () => {
          running++;
          await tick(fail ? 2 : 8);
          running--;
          if (fail) throw new Error('shared failed');
        },
        undefined,
        'shared',
      );
    const failing = shared(true);
    const slow = shared(false);
    const exclusive = queue.run(async () => {
      seenByExclusive = running;
    });
    await expect(failing).rejects.toThrow('shared failed');
    await slow;
    await exclusive;
    expect(seenByExclusive).toBe(0);
  });

  it('rejects a waiting shared task when its signal fires, without holding up the next', async () => {
    const queue = new StatementQueue();
    let release = (): void => undefined;
    const first = queue.run(() => new Promise<void>((done) => (release = done)));
    const controller = new AbortController();
    let started = false;
    const waiting = queue.run(
      async () => {
        started = true;
      },
      controller.signal,
      'shared',
    );
    const next = queue.run(async () => 'next', undefined, 'shared');
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    release();
    await first;
    await expect(next).resolves.toBe('next');
    expect(started).toBe(false);
  });
});
