import { tableFromArrays } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toKeyedSeries } from '../../../../src/analytics/alerts/keyed-series.ts';
import { alertVariantsSql } from '../../../../src/app/alerts/alert-variants.ts';
import type { Database } from '../../../../src/db/database.ts';
import { splitVariants } from '../../../../src/db/split-variants.ts';
import { alertSeriesQuery } from '../../../../src/query/alerts-query.ts';
import { filterPredicate } from '../../../../src/query/filters.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { sampleDatabase } from '../../../helpers/sample-database.ts';

describe('splitVariants', () => {
  it('cuts a variants result into one table per variant, empty ones included', () => {
    const table = tableFromArrays({ variant: Int32Array.from([0, 0, 2]), n: Int32Array.from([1, 2, 3]) });
    const parts = splitVariants(table, 4);
    expect(parts.map((t) => t.numRows)).toEqual([2, 0, 1, 0]);
    expect(parts[2]!.getChild('n')?.get(0)).toBe(3);
    expect(splitVariants(tableFromArrays({ variant: Int32Array.from([]) }), 2).map((t) => t.numRows)).toEqual(
      [0, 0],
    );
  });
});

describe('alertVariantsSql on the sample', () => {
  let db: Database;
  beforeAll(async () => {
    db = await sampleDatabase();
  });
  afterAll(async () => db.close());

  it('has the scan itself as variant 0 and one variant per filter state one click away', async () => {
    const filters: Filters = {
      ...EMPTY_FILTERS,
      crimeTypes: ['trafficking'],
      period: ['2020-01', '2020-06'],
    };
    const { sql, variants } = alertVariantsSql(filters, []);
    // The period is not varied: only "trafficking removed" (= clear all here).
    expect(variants).toBe(2);
    const parts = splitVariants(await db.query(sql), variants).map(toKeyedSeries);
    const plain = toKeyedSeries(await db.query(alertSeriesQuery(filterPredicate(filters, ['period']))));
    expect(parts[0]!.keys).toEqual(plain.keys);
    expect([...parts[0]!.incidents]).toEqual([...plain.incidents]);
    const all = toKeyedSeries(await db.query(alertSeriesQuery(filterPredicate(EMPTY_FILTERS))));
    expect([...parts[1]!.incidents]).toEqual([...all.incidents]);
  });
});
