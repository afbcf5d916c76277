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
});
