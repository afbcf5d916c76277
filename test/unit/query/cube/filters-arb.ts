import fc from 'fast-check';
import type { Database } from '../../../../src/db/database.ts';
import { CRIME_TYPES, EXPLOITATION_FORMS, SEX_AGE } from '../../../../src/schema/incident.ts';
import type { Filters } from '../../../../src/state/filters.ts';

/** Values present in a loaded incidents table, per list filter that reads free text. */
export type FilterValues = Record<
  'origin' | 'destination' | 'country' | 'route' | 'office' | 'transit',
  string[]
>;

async function distinct(db: Database, sql: string): Promise<string[]> {
  return (await db.query(sql)).toArray().map((r: { v: string }) => String(r.v));
}

/** The values each filter can pick in `db`'s incidents table (offices capped at 12). */
export async function filterValues(db: Database): Promise<FilterValues> {
  const col = (c: string) =>
    distinct(db, `SELECT DISTINCT ${c} AS v FROM incidents WHERE ${c} IS NOT NULL ORDER BY 1`);
  return {
    origin: await col('origin'),
    destination: await col('destination'),
    country: await col('country'),
    route: await col('route'),
    office: (await col('office')).slice(0, 12),
    transit: await distinct(db, 'SELECT DISTINCT unnest(transit) AS v FROM incidents ORDER BY 1'),
  };
}

/** `YYYY-MM` of month `i` from 2015-01, the generator's first month. */
export const month = (i: number): string =>
  `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export const periodArb = fc.option(
  fc.tuple(fc.nat(131), fc.nat(131)).map(([a, b]) => [month(Math.min(a, b)), month(Math.max(a, b))] as const),
  { freq: 4 },
);
/** One to three of `xs`. */
const picked = <T>(xs: readonly T[]) =>
  fc.subarray([...xs], { minLength: Math.min(1, xs.length), maxLength: Math.min(3, xs.length) });

const some = <T>(xs: readonly T[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant([] as T[]) }, { weight: 1, arbitrary: picked(xs) });

/** Random filter states over `values`: each list filter empty 3 times in 4, the period set 4 times in 5. */
export function filtersArb(values: FilterValues): fc.Arbitrary<Filters> {
  return fc.record({
    period: periodArb,
    crimeTypes: some(CRIME_TYPES),
    sexAge: some(SEX_AGE),
    exploitation: some(EXPLOITATION_FORMS),
    origin: some(values.origin),
    transit: some(values.transit),
    destination: some(values.destination),
    detection: some(values.country),
    routes: some(values.route),
    offices: some(values.office),
  });
}

/** A value for every list filter, never empty: what a filter the user has set can hold. */
export function setListsArb(values: FilterValues): fc.Arbitrary<Omit<Filters, 'period'>> {
  return fc.record({
    crimeTypes: picked(CRIME_TYPES),
    sexAge: picked(SEX_AGE),
    exploitation: picked(EXPLOITATION_FORMS),
    origin: picked(values.origin),
    transit: picked(values.transit),
    destination: picked(values.destination),
    detection: picked(values.country),
    routes: picked(values.route),
    offices: picked(values.office),
  });
}
