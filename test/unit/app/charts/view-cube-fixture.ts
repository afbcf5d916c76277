import { type ProtectedViewCube, protectViewCube } from '../../../../src/analytics/disclosure/view-cube.ts';

/** One leaf count of a persons view cube: country, month, crime type, sex/age, persons. */
export type Leaf = [string, string, string, string, number];

/** A persons view cube protected from `[country, month, crime, sex, count]` leaves (no guard neighbours). */
export function personsCube(levels: string[][], leaves: readonly Leaf[], k = 5): ProtectedViewCube {
  return protectViewCube({
    dims: ['country', 'month', 'crime_type', 'sex_age'],
    levels,
    view: {
      codes: levels.map((lv, d) => Int32Array.from(leaves, (l) => lv.indexOf(l[d] as string))),
      values: Float64Array.from(leaves, (l) => l[4]),
    },
    neighbours: [],
    k,
  });
}

/** Levels of {@link THREE_MONTHS}. */
export const THREE_MONTH_LEVELS = [
  ['ARG', 'COL', 'MEX'],
  ['2020-01', '2020-02', '2020-03'],
  ['trafficking', 'smuggling'],
  ['women', 'men'],
];

/**
 * Three months of persons, every leaf large but COL's 2 women in January (the only small
 * count). Protecting them (k = 5) hides a box through ARG and MEX: among others MEX's January
 * and March men (50 and 57) and women (40, 41) are hidden to protect it, while MEX's
 * February men (55), MEX's monthly totals (90, 100, 98) and every smuggling month (60, 61,
 * 64) stay published.
 */
export const THREE_MONTH_LEAVES: readonly Leaf[] = [
  ['ARG', '2020-01', 'trafficking', 'women', 20],
  ['ARG', '2020-01', 'trafficking', 'men', 30],
  ['ARG', '2020-02', 'trafficking', 'women', 25],
  ['ARG', '2020-02', 'trafficking', 'men', 35],
  ['ARG', '2020-03', 'trafficking', 'women', 22],
  ['ARG', '2020-03', 'trafficking', 'men', 31],
  ['MEX', '2020-01', 'trafficking', 'women', 40],
  ['MEX', '2020-01', 'trafficking', 'men', 50],
  ['MEX', '2020-02', 'trafficking', 'women', 45],
  ['MEX', '2020-02', 'trafficking', 'men', 55],
  ['MEX', '2020-03', 'trafficking', 'women', 41],
  ['MEX', '2020-03', 'trafficking', 'men', 57],
  ['COL', '2020-01', 'trafficking', 'women', 2],
  ['COL', '2020-02', 'trafficking', 'women', 30],
  ['COL', '2020-03', 'trafficking', 'men', 33],
  ['MEX', '2020-01', 'smuggling', 'men', 60],
  ['MEX', '2020-02', 'smuggling', 'men', 61],
  ['MEX', '2020-03', 'smuggling', 'men', 64],
];

/** The protected cube of {@link THREE_MONTH_LEAVES} at k = 5. */
export const THREE_MONTHS: ProtectedViewCube = personsCube(THREE_MONTH_LEVELS, THREE_MONTH_LEAVES);
