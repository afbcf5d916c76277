import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectionSpec, exploitationSpec } from '../../../../src/app/charts/breakdown-specs.ts';
import {
  type BreakdownSpec,
  breakdownVariants,
  guardedBreakdownColumns,
} from '../../../../src/app/charts/guarded-breakdown.ts';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { variantsQuery } from '../../../../src/query/variants-query.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { loadIncidents } from '../../query/incident-fixture.ts';

const K = 5;
const MONTHS = ['2020-01', '2020-03'] as const;
let db: Database;

/** Persons by detection source and crime: police 20 + 3, NGO 30 + 10, labour inspection 15 + 12. */
beforeAll(async () => {
  db = await openNodeDatabase();
  const block = (
    n: number,
    crime_type: 'trafficking' | 'smuggling',
    detection_source: 'police' | 'ngo' | 'labour_inspection',
  ) => Array.from({ length: n }, () => ({ crime_type, detection_source, women: 1 }));
  const rows = [
    ...block(20, 'trafficking', 'police'),
    ...block(3, 'smuggling', 'police'),
    ...block(30, 'trafficking', 'ngo'),
    ...block(10, 'smuggling', 'ngo'),
    ...block(15, 'trafficking', 'labour_inspection'),
    ...block(12, 'smuggling', 'labour_inspection'),
  ].map((r, i) => ({
    ...r,
    date: `2020-0${(i % 3) + 1}-15`,
    exploitation: r.crime_type === 'trafficking' ? 'sexual' : '',
  }));
  await loadIncidents(db, rows);
});
afterAll(async () => db.close());

async function guarded(
  spec: BreakdownSpec,
  filters: Filters,
  months: readonly [string, string] | null = MONTHS,
) {
  const sql = variantsQuery(breakdownVariants(spec, filters, months), spec.orderBy);
  return guardedBreakdownColumns(await db.query(sql), K, spec.partition);
}

describe('guarded breakdowns over the real queries', () => {
  it('shows every bar when no view one click away differs by a small count', async () => {
    // The whole period with no filter has no neighbour: narrower views guard against it.
    const got = await guarded(detectionSpec([]), EMPTY_FILTERS);
    expect(got.category).toEqual(['ngo', 'labour_inspection', 'police']);
    expect(got.value).toEqual([40, 27, 23]);
  });

  it('hides the bar "all crimes minus trafficking" would reveal, and one beside it', async () => {
    // Trafficking: police 20 beside 23 for all crimes (3 smuggling persons) is hidden, and the
    // line rule hides the smallest other bar, so total − shown is no single count.
    const trafficking = await guarded(
      detectionSpec([]),
      { ...EMPTY_FILTERS, crimeTypes: ['trafficking'] },
      null,
    );
    expect(trafficking.category).toEqual(['ngo', 'police', 'labour_inspection']);
    expect(trafficking.value).toEqual([30, null, null]);
    // Smuggling: police 3 is primary; NGO 10 is hidden beside it.
    const smuggling = await guarded(detectionSpec([]), { ...EMPTY_FILTERS, crimeTypes: ['smuggling'] }, null);
    expect(smuggling.category).toEqual(['labour_inspection', 'ngo', 'police']);
    expect(smuggling.value).toEqual([12, null, null]);
  });

  it('leaves the exploitation chart its own filter, and reads the same numbers as the plain query', async () => {
    const filters: Filters = { ...EMPTY_FILTERS, exploitation: ['sexual'], period: ['2020-02', '2020-03'] };
    const variants = breakdownVariants(exploitationSpec([]), filters, MONTHS);
    // The exploitation filter is ignored: only the period a month wider and the whole
    // period are added ("Clear all" is the whole period here).
    expect(variants).toHaveLength(3);
    const got = await guarded(exploitationSpec([]), filters);
    const plain = (await db.query(variants[0]!)).toArray().map((r) => [r.category, r.persons]);
    expect(got.category).toEqual(plain.map(([c]) => c));
    got.value.forEach((v, i) => {
      if (v !== null) expect(v).toBe(plain[i]![1]);
    });
  });
});
