import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCategories } from '../../../../src/analytics/disclosure/guard-categories.ts';

const K = 5;
const CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f'];
const small = (n: number) => n > 0 && n < K;

/** A sparse breakdown (Poisson-like small counts) over some of the categories. */
const breakdown = fc
  .array(fc.tuple(fc.constantFrom(...CATEGORIES), fc.oneof(fc.nat(4), fc.nat(30))), { maxLength: 6 })
  .map((pairs) => new Map(pairs));
/** A neighbour: the view with a few counts moved by a small amount (a value or month added). */
const withNeighbours = breakdown.chain((view) =>
  fc.tuple(
    fc.constant(view),
    fc.array(
      fc
        .array(fc.integer({ min: -6, max: 6 }), {
          minLength: CATEGORIES.length,
          maxLength: CATEGORIES.length,
        })
        .map(
          (deltas) => new Map([...view].map(([c, n], i) => [c, Math.max(0, n + deltas[i % deltas.length]!)])),
        ),
      { maxLength: 4 },
    ),
  ),
);

/** What an attacker sees: the published counts. */
const published = (g: ReturnType<typeof guardCategories>) =>
  new Map(g.category.flatMap((c, i) => (g.value[i] === null ? [] : [[c, g.value[i]!] as const])));

describe('guardCategories', () => {
  it('never shows a count in 1..k−1, nor one that differs by 1..k−1 from a neighbour', () => {
    fc.assert(
      fc.property(withNeighbours, fc.boolean(), ([view, neighbours], partition) => {
        const g = guardCategories(view, neighbours, { k: K, partition });
        expect(g.category).toEqual([...view.keys()]);
        for (const [c, n] of published(g)) {
          expect(small(n)).toBe(false);
          expect(n).toBe(view.get(c));
          for (const other of neighbours) {
            const m = other.get(c);
            if (m !== undefined) expect(small(Math.abs(n - m))).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('in a partition, the hidden counts cannot be read as the total minus the shown ones', () => {
    fc.assert(
      fc.property(withNeighbours, ([view, neighbours]) => {
        const g = guardCategories(view, neighbours, { k: K, partition: true });
        const hidden = g.category.flatMap((c, i) => (g.value[i] === null ? [view.get(c)!] : []));
        const sum = hidden.reduce((a, b) => a + b, 0);
        const shownNonZero = g.value.some((n) => n !== null && n > 0);
        // Total − shown = the sum of the hidden counts: 0, or at least k and never one count
        // alone. (With nothing left to hide, that sum is the total itself, which its own
        // protection hides when small.)
        if (sum > 0 && shownNonZero) {
          expect(sum).toBeGreaterThanOrEqual(K);
          expect(hidden.filter((n) => n > 0).length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('catches what primary suppression alone lets through: 12 beside 9 one click away', () => {
    const view = new Map([
      ['sexual', 40],
      ['forced_labour', 12],
      ['begging', 0],
    ]);
    const neighbour = new Map([
      ['sexual', 40],
      ['forced_labour', 9],
    ]);
    // Primary suppression shows both 12 and 9 (each ≥ k): their difference, 3, is a small count.
    const g = guardCategories(view, [neighbour], { k: K, partition: false });
    expect(g.value).toEqual([40, null, 0]);
    expect(g.status).toEqual(['published', 'guarded', 'published']);
  });

  it('adds the smallest shown count when one count alone is hidden in a partition', () => {
    const view = new Map([
      ['police', 50],
      ['ngo', 9],
      ['self', 3],
      ['labour', 12],
    ]);
    const g = guardCategories(view, [], { k: K, partition: true });
    expect(g.status).toEqual(['published', 'secondary', 'primary', 'published']);
    expect(g.value).toEqual([50, null, null, 12]);
    // Not a partition (forms of exploitation overlap): the primary alone.
    expect(guardCategories(view, [], { k: K, partition: false }).value).toEqual([50, 9, null, 12]);
  });

  it('hides categories the view does not show, never counts them as cover, never picks them', () => {
    const view = new Map([
      ['trafficking', 40],
      ['sexage', 20],
      ['smuggling', 3],
      ['both', 7],
    ]);
    // "both" is beyond the top-N cut: hidden, but its 7 may be known from the "other flows"
    // total, so it does not cover the primary 3; the smallest shown count, 20, is hidden too.
    const g = guardCategories(view, [], { k: K, partition: true, unshown: new Set(['both']) });
    expect(g.status).toEqual(['published', 'secondary', 'primary', 'unshown']);
    expect(g.value).toEqual([40, null, null, null]);
    // With nothing small or guarded, an unshown count alone hides nothing more: it is ≥ k.
    const plain = new Map([
      ['trafficking', 40],
      ['both', 7],
    ]);
    const h = guardCategories(plain, [], { k: K, partition: true, unshown: new Set(['both']) });
    expect(h.value).toEqual([40, null]);
  });
});
