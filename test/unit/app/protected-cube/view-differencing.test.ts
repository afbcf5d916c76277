/**
 * Differencing across filter states (issue #7): two views that differ by one filter value
 * must not reveal a small count by subtraction, nor together let one be solved for.
 * For random sparse incident sets and a random filter state, one value is toggled (a crime
 * type, a detection country, a sex/age category, one end of the period by a month, an
 * exploitation form, a route; with two outer filters the guard's neighbours combine) and both states' chart figures (time series, small multiples, sex/age
 * bars, women-and-girls bases, trend totals) are compared: every figure shown in both differs
 * by 0 or ≥ k. Then every published cell of both states' cubes goes into one system of
 * equations over the record groups the two views are made of, and the exact rank test must
 * find no count in 1..k−1 (a cell of either view, or their difference) that it fixes.
 * The old path (each view counted on its own, counts 1..k−1 hidden, nothing else) must fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inRowSpan } from '../../../../src/analytics/disclosure/rank-audit.ts';
import type { ProtectedViewCube } from '../../../../src/analytics/disclosure/view-cube.ts';
import {
  countrySeriesFromCube,
  crimeSeriesFromCube,
  sexAgeFromCube,
  womenGirlsFromCube,
} from '../../../../src/app/charts/cube-figures.ts';
import { seriesTrends } from '../../../../src/app/charts/trend-stats.ts';
import { outerFilters } from '../../../../src/app/protected-cube/guard-neighbours.ts';
import type { CrimeType, ExploitationForm, SexAge } from '../../../../src/schema/incident.ts';
import type { Filters } from '../../../../src/state/filters.ts';
import { toggleValue } from '../../../../src/state/filters.ts';
import {
  EMPTY_FILTERS,
  incidentsArb,
  LEVELS,
  type ModelIncident,
  passesOuter,
  protectedCube,
  rawCube,
} from './incident-model.ts';

/** The old per-view rule, for the comparison: primary suppression only. */
const suppressCount = (n: number | null, k: number): number | null =>
  n !== null && n > 0 && n < k ? null : n;

const K = 5;

/**
 * How a view is computed: the protected cube; the old per-view primary suppression; or the
 * protected cube without its differencing guard (each state protected on its own).
 */
type Path = 'protected' | 'primary-only' | 'unguarded';

/** One filter state and what is toggled to get its neighbour. */
type Toggle = 'crime' | 'detection' | 'sexAge' | 'period' | 'exploitation' | 'route';

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    crimeTypes: fc.subarray(LEVELS.crime),
    detection: fc.subarray(LEVELS.country),
    sexAge: fc.subarray([...LEVELS.sexAge] as SexAge[]),
    exploitation: fc.subarray(LEVELS.exploitation),
    routes: fc.subarray(LEVELS.routes),
    period: fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
        .map(([a, b]) => [LEVELS.month[Math.min(a, b)]!, LEVELS.month[Math.max(a, b)]!] as const),
      { nil: null },
    ),
  })
  .map((f) => ({ ...EMPTY_FILTERS, ...f }));

/** The neighbour of `f` with one value of `toggle` changed (`pick` chooses which). */
function neighbour(f: Filters, toggle: Toggle, pick: number): Filters {
  switch (toggle) {
    case 'crime':
      return toggleValue(f, 'crimeTypes', LEVELS.crime[pick % LEVELS.crime.length] as CrimeType);
    case 'detection':
      return toggleValue(f, 'detection', LEVELS.country[pick % LEVELS.country.length]!);
    case 'sexAge':
      return toggleValue(f, 'sexAge', LEVELS.sexAge[pick % LEVELS.sexAge.length] as SexAge);
    case 'exploitation':
      return toggleValue(f, 'exploitation', LEVELS.exploitation[pick % 2] as ExploitationForm);
    case 'route':
      return toggleValue(f, 'routes', LEVELS.routes[pick % 2]!);
    case 'period': {
      // One end moves by one month (the period grows or shrinks by one month).
      const months = LEVELS.month;
      const [a, b] = f.period ?? [months[0]!, months[months.length - 1]!];
      const ia = months.indexOf(a);
      const ib = months.indexOf(b);
      const moves: [number, number][] = [
        [ia - 1, ib],
        [ia + 1, ib],
        [ia, ib - 1],
        [ia, ib + 1],
      ];
      const ok = moves.filter(([x, y]) => x >= 0 && y < months.length && x <= y);
      const [x, y] = ok[pick % ok.length]!;
      return { ...f, period: [months[x]!, months[y]!] };
    }
  }
}

/** The cube a state's charts read on a path. */
function cubeOf(path: Path, incidents: readonly ModelIncident[], f: Filters): ProtectedViewCube {
  if (path === 'protected') return protectedCube(incidents, f, K);
  if (path === 'unguarded') return protectedCube(incidents, f, K, { guard: false });
  return rawCube(incidents, f);
}

/**
 * Every count figure the side-panel charts show for a state, keyed by chart and position.
 * On the old path each figure is the true count, hidden only when it is in 1..k−1.
 */
function figures(path: Path, incidents: readonly ModelIncident[], f: Filters): Map<string, number | null> {
  const cube = cubeOf(path, incidents, f);
  const out = new Map<string, number | null>();
  const put = (key: string, v: number | null): void => {
    out.set(key, path === 'primary-only' ? suppressCount(v, K) : v);
  };
  const nan = (v: number) => (Number.isNaN(v) ? null : v);
  const ts = crimeSeriesFromCube(cube, f);
  ts.series.forEach((s, i) => {
    put(`ts|${s}|${ts.month[i]}`, nan(ts.value[i]!));
  });
  const range: [number, number] = [
    Date.parse(`${(f.period ?? LEVELS.month)[0]}-01T00:00:00Z`),
    Date.parse(`${(f.period ?? LEVELS.month).at(-1)}-01T00:00:00Z`),
  ];
  for (const tr of seriesTrends(ts, LEVELS.crime, range, '2020-02-01')) put(`tt|${tr.series}`, tr.total);
  for (const crime of LEVELS.crime) {
    const cs = countrySeriesFromCube(cube, f, crime, 12);
    cs.series.forEach((c, i) => {
      put(`cs|${crime}|${c}|${cs.month[i]}`, nan(cs.value[i]!));
    });
  }
  const sa = sexAgeFromCube(cube, f);
  sa.groups.forEach((g, i) => {
    sa.categories.forEach((c, j) => {
      put(`sa|${g}|${c}`, sa.values[i]![j] ?? null);
    });
  });
  const wg = womenGirlsFromCube(cube, f);
  wg.category.forEach((r, i) => {
    put(`wg|${r}`, wg.base![i] ?? null);
  });
  return out;
}

/** Figures shown in both states whose difference is 1..k−1 (a figure missing is a zero). */
function smallDifferences(a: Map<string, number | null>, b: Map<string, number | null>): string[] {
  const found: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.has(key) ? a.get(key)! : 0;
    const y = b.has(key) ? b.get(key)! : 0;
    if (x === null || y === null) continue;
    const d = Math.abs(x - y);
    if (d > 0 && d < K) found.push(`${key}: ${x} vs ${y}`);
  }
  return found;
}

/**
 * The exact rank test over both states at once. Unknowns are the persons of each leaf
 * (country, month, crime type, sex/age) split into two record groups: those in the smaller
 * view and those only in the larger one (the views are nested: one filter value apart).
 * Every published cell of either cube is an equation; the targets are every cell of either
 * view and every cell of their difference whose true count is 1..k−1. Returns the targets
 * the published cells fix.
 */
function derivableSmallCounts(
  path: Path,
  incidents: readonly ModelIncident[],
  f1: Filters,
  f2: Filters,
): string[] {
  const o1 = outerFilters(f1, 'persons');
  const o2 = outerFilters(f2, 'persons');
  const in1 = incidents.map((i) => passesOuter(i, o1));
  const in2 = incidents.map((i) => passesOuter(i, o2));
  const oneInTwo = in1.every((x, i) => !x || in2[i]);
  const twoInOne = in2.every((x, i) => !x || in1[i]);
  if (!oneInTwo && !twoInOne) throw new Error('the two views are not nested');
  const [small, big] = oneInTwo ? [f1, f2] : [f2, f1];
  const cubes = [cubeOf(path, incidents, small), cubeOf(path, incidents, big)];
  const truth = [rawCube(incidents, small), rawCube(incidents, big)];
  const shape = cubes[0]!.shape;
  const strides = cubes[0]!.strides;
  const leafShape = shape.map((n) => n - 1);
  const leafCount = leafShape.reduce((a, b) => a * b, 1);
  const size = truth[0]!.values.length;
  const coordsOf = (i: number) => shape.map((n, d) => Math.floor(i / strides[d]!) % n);
  // The leaves (as indices) under each cell: every level of a margin coordinate.
  const leavesOf = (i: number): number[] => {
    let leaves = [0];
    coordsOf(i).forEach((c, d) => {
      const span = c === 0 ? leafShape.map((_, x) => x).slice(0, leafShape[d]) : [c - 1];
      leaves = leaves.flatMap((l) => span.map((s) => l * leafShape[d]! + s));
    });
    return leaves;
  };
  const vector = (i: number, groups: number[]) => {
    const v = new Map<number, bigint>();
    for (const leaf of leavesOf(i)) for (const g of groups) v.set(leaf * 2 + g, 1n);
    return v;
  };
  const published = (cube: ProtectedViewCube, i: number) =>
    path === 'primary-only' ? !(cube.values[i]! > 0 && cube.values[i]! < K) : !Number.isNaN(cube.values[i]!);
  const rows: Map<number, bigint>[] = [];
  for (let i = 0; i < size; i++) {
    if (published(cubes[0]!, i)) rows.push(vector(i, [0]));
    if (published(cubes[1]!, i)) rows.push(vector(i, [0, 1]));
  }
  const targets: { name: string; v: Map<number, bigint> }[] = [];
  const small1 = (n: number) => n > 0 && n < K;
  for (let i = 0; i < size; i++) {
    const a = truth[0]!.values[i]!;
    const b = truth[1]!.values[i]!;
    const at = coordsOf(i).join(',');
    if (small1(a)) targets.push({ name: `smaller view (${at}) = ${a}`, v: vector(i, [0]) });
    if (small1(b)) targets.push({ name: `larger view (${at}) = ${b}`, v: vector(i, [0, 1]) });
    if (small1(b - a)) targets.push({ name: `difference (${at}) = ${b - a}`, v: vector(i, [1]) });
  }
  if (leafCount * 2 > 200) throw new Error('system too large for the exact test');
  const fixed = inRowSpan(
    rows,
    targets.map((t) => t.v),
  );
  return targets.filter((_, i) => fixed[i]).map((t) => t.name);
}

/** Both checks for one pair of states; the list of what leaks (empty = safe). */
function leaks(
  path: Path,
  incidents: readonly ModelIncident[],
  f: Filters,
  toggle: Toggle,
  pick: number,
): string[] {
  const g = neighbour(f, toggle, pick);
  return [
    ...smallDifferences(figures(path, incidents, f), figures(path, incidents, g)),
    ...derivableSmallCounts(path, incidents, f, g),
  ];
}

const TOGGLES: Toggle[] = ['crime', 'detection', 'sexAge', 'period', 'exploitation', 'route'];

describe('protected views across one filter toggle', () => {
  for (const toggle of TOGGLES) {
    it(`${toggle}: no figure differs by 1..k−1 and no count in 1..k−1 can be solved for`, () => {
      fc.assert(
        fc.property(incidentsArb(), filtersArb, fc.nat(11), (incidents, f, pick) => {
          expect(leaks('protected', incidents, f, toggle, pick)).toEqual([]);
        }),
        { numRuns: 60, seed: 20261201 },
      );
    });
  }
});

describe('the old primary-only path fails the same test', () => {
  for (const toggle of TOGGLES) {
    it(`${toggle}: a counterexample is found`, () => {
      const result = fc.check(
        fc.property(incidentsArb(), filtersArb, fc.nat(11), (incidents, f, pick) => {
          return leaks('primary-only', incidents, f, toggle, pick).length === 0;
        }),
        { numRuns: 300, seed: 20261201 },
      );
      expect(result.failed).toBe(true);
      const [incidents, f, pick] = result.counterexample!;
      expect(leaks('primary-only', incidents, f, toggle, pick).length).toBeGreaterThan(0);
      // The protected path is safe on that very counterexample.
      expect(leaks('protected', incidents, f, toggle, pick)).toEqual([]);
    });
  }

  for (const toggle of ['detection', 'sexAge', 'period', 'exploitation'] as const) {
    it(`${toggle}: on the old path, subtracting two figures alone reveals a small count`, () => {
      const result = fc.check(
        fc.property(incidentsArb(), filtersArb, fc.nat(11), (incidents, f, pick) => {
          const g = neighbour(f, toggle, pick);
          return (
            smallDifferences(figures('primary-only', incidents, f), figures('primary-only', incidents, g))
              .length === 0
          );
        }),
        { numRuns: 300, seed: 20261202 },
      );
      expect(result.failed).toBe(true);
    });
  }

  it('exploitation: without the differencing guard, the protected cubes leak by subtraction', () => {
    const result = fc.check(
      fc.property(incidentsArb(), filtersArb, fc.nat(11), (incidents, f, pick) => {
        return leaks('unguarded', incidents, f, 'exploitation', pick).length === 0;
      }),
      { numRuns: 300, seed: 20261203 },
    );
    expect(result.failed).toBe(true);
    const [incidents, f, pick] = result.counterexample!;
    expect(leaks('protected', incidents, f, 'exploitation', pick)).toEqual([]);
  });

  it('detection: subtracting two published sums reveals a small count on the old path only', () => {
    // ARG has 7 women in Jan 2020, BRA 2: the time series of {ARG} and of {ARG, BRA} show 7 and 9.
    const incidents: ModelIncident[] = [
      {
        country: 'ARG',
        month: '2020-01',
        crime: 'trafficking',
        women: 3,
        men: 0,
        exploitation: [],
        route: null,
      },
      {
        country: 'ARG',
        month: '2020-01',
        crime: 'trafficking',
        women: 3,
        men: 0,
        exploitation: [],
        route: null,
      },
      {
        country: 'ARG',
        month: '2020-01',
        crime: 'trafficking',
        women: 1,
        men: 0,
        exploitation: [],
        route: null,
      },
      {
        country: 'BRA',
        month: '2020-01',
        crime: 'trafficking',
        women: 2,
        men: 0,
        exploitation: [],
        route: null,
      },
      {
        country: 'MEX',
        month: '2020-01',
        crime: 'trafficking',
        women: 3,
        men: 3,
        exploitation: [],
        route: null,
      },
      {
        country: 'MEX',
        month: '2020-01',
        crime: 'trafficking',
        women: 3,
        men: 3,
        exploitation: [],
        route: null,
      },
    ];
    const f: Filters = { ...EMPTY_FILTERS, detection: ['ARG'] };
    const g: Filters = { ...EMPTY_FILTERS, detection: ['ARG', 'BRA'] };
    const jan = `ts|trafficking|${Date.UTC(2020, 0, 1)}`;
    const old = [figures('primary-only', incidents, f), figures('primary-only', incidents, g)];
    expect([old[0]!.get(jan), old[1]!.get(jan)]).toEqual([7, 9]);
    const safe = [figures('protected', incidents, f), figures('protected', incidents, g)];
    expect(safe[1]!.get(jan)).toBeNull();
    expect(smallDifferences(safe[0]!, safe[1]!)).toEqual([]);
  });
});
