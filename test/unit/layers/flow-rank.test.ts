import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { toFloat64 } from '../../../src/layers/arrow-to-binary.ts';
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

  it('puts a missing category last among equal flows, as DuckDB orders NULLs', () => {
    const [persons, origin, destination, category] = columns([
      ['VEN', 'COL', '', 5],
      ['VEN', 'COL', 'both', 5],
      ['VEN', 'COL', 'smuggling', 5],
    ]);
    expect(rankFlows(persons, origin, destination, category)).toEqual([1, 2, 0]);
  });

  it('ranks only the flows it is given (one variant of a guard statement)', () => {
    // FLOWS rows 0, 2 and 3: ECU>USA, then VEN>COL both, then VEN>COL smuggling.
    const [persons, origin, destination, category] = columns([FLOWS[0], FLOWS[2], FLOWS[3]]);
    expect(rankFlows(persons, origin, destination, category)).toEqual([2, 1, 0]);
    expect(rankFlows(new Float64Array(0), [], [], [])).toEqual([]);
  });
});

describe('rankFlows against DuckDB', () => {
  it('orders as ORDER BY persons DESC, origin, destination, category NULLS LAST does', async () => {
    const db = await openNodeDatabase();
    try {
      const text = fc.constantFrom('COL', 'VEN', 'CO-ANT', 'COL+VEN', 'Ñandú', 'ávila', 'b', '');
      const flow = fc.tuple(text, text, text, fc.integer({ min: 1, max: 4 }));
      await fc.assert(
        fc.asyncProperty(fc.array(flow, { minLength: 1, maxLength: 12 }), async (flows) => {
          const values = flows
            .map(([o, d, c, n], i) => `(${i}, '${o}', '${d}', ${c === '' ? 'NULL' : `'${c}'`}, ${n})`)
            .join(', ');
          const sorted = await db.query(
            `SELECT i FROM (VALUES ${values}) t(i, origin, destination, category, persons)
             ORDER BY persons DESC, origin, destination, category NULLS LAST, i`,
          );
          const [persons, origin, destination, category] = columns(flows);
          const ranked = rankFlows(persons, origin, destination, category);
          // Rows equal in every key may come in any order: compare their keys, not their indices.
          const key = (i: number) => `${persons[i]}|${origin[i]}|${destination[i]}|${category[i]}`;
          expect(ranked.map(key)).toEqual(Array.from(toFloat64(sorted, 'i'), key));
        }),
        { numRuns: 60 },
      );
    } finally {
      await db.close();
    }
  });
});
