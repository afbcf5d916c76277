import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankFlows } from '../../../src/layers/flow-rank.ts';

const FLOWS = [
  ['VEN', 'COL', 'smuggling', 5],
  ['COL', 'PAN', 'trafficking', 9],
  ['VEN', 'COL', 'both', 5],
  ['ECU', 'USA', 'smuggling', 5],
  ['VEN', 'CO-ANT', 'smuggling', 5],
] as const;

function columns(rows: readonly (readonly [string, string, string, number])[]) {
  return [
    Float64Array.from(rows, (r) => r[3]),
    rows.map((r) => r[0]),
    rows.map((r) => r[1]),
    rows.map((r) => r[2]),
  ] as const;
}

describe('rankFlows', () => {
  it('puts the most persons first, ties by origin, destination, then category', () => {
    const [persons, origin, destination, category] = columns(FLOWS);
    const order = rankFlows(persons, origin, destination, category);
    expect(order.map((i) => `${origin[i]}>${destination[i]}:${category[i]}`)).toEqual([
      'COL>PAN:trafficking',
      'ECU>USA:smuggling',
      'VEN>CO-ANT:smuggling',
      'VEN>COL:both',
      'VEN>COL:smuggling',
    ]);
  });

  it('gives the same flows in the same order whatever order the statement returned them in', () => {
    const [p, o, d, c] = columns(FLOWS);
    const expected = rankFlows(p, o, d, c).map((i) => `${o[i]}>${d[i]}:${c[i]}`);
    fc.assert(
      fc.property(fc.shuffledSubarray([...FLOWS], { minLength: FLOWS.length }), (shuffled) => {
        const [persons, origin, destination, category] = columns(shuffled);
        const order = rankFlows(persons, origin, destination, category);
        expect(order.map((i) => `${origin[i]}>${destination[i]}:${category[i]}`)).toEqual(expected);
      }),
    );
  });

  it('ranks only the rows it is given (one variant of a guard statement)', () => {
    const [persons, origin, destination, category] = columns(FLOWS);
    expect(rankFlows(persons, origin, destination, category, [0, 2, 3])).toEqual([3, 2, 0]);
    expect(rankFlows(persons, origin, destination, category, [])).toEqual([]);
  });
});
