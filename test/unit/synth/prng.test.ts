import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../src/synth/prng.ts';
import { pick, weighted } from '../../../src/synth/weighted.ts';

describe('createPrng', () => {
  it('repeats the same sequence for a seed and differs between seeds', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const sa = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(sa);
  });

  it('draws uniform floats in [0, 1), integers in range and standard normals', () => {
    const r = createPrng(1);
    let sum = 0;
    let sq = 0;
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      counts[r.int(6)]++;
      const z = r.normal();
      sq += z * z;
    }
    expect(sum / 60_000).toBeCloseTo(0.5, 2);
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(500);
    expect(sq / 60_000).toBeCloseTo(1, 1);
  });
});

describe('weighted', () => {
  it('never picks a zero weight and maps the unit interval in order', () => {
    const d = weighted([
      ['a', 0],
      ['b', 1],
      ['c', 0],
      ['d', 3],
    ]);
    expect(pick(d, 0)).toBe('b');
    expect(pick(d, 0.2499)).toBe('b');
    expect(pick(d, 0.25)).toBe('d');
    expect(pick(d, 0.999999)).toBe('d');
    expect(() => weighted([['x', 0]])).toThrow(/all weights are zero/);
  });
});
