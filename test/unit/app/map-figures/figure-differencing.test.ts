/**
 * Differencing across map views (issue #7): the map's exact figures (a flow's persons per
 * category, "other flows") of two views one click apart must never differ by 1..k−1 where
 * both are shown. For random sparse incidents, a random view and a random click (a value
 * toggled, an end of the period moved either way, "Whole period", "Clear all"), both views'
 * figures are guarded as the app guards them (guardFlowFigures over the view and its
 * viewNeighbours) and compared. Guarding against no neighbour at all must fail.
 */
import { tableFromArrays } from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFlowFigures, OTHER_FLOWS_KEY } from '../../../../src/app/map-figures/guard-map-figures.ts';
import type { CrimeType, SexAge } from '../../../../src/schema/incident.ts';
import { EMPTY_FILTERS, type Filters, toggleValue } from '../../../../src/state/filters.ts';
import { viewNeighbours } from '../../../../src/state/view-neighbours.ts';

const K = 5;
const TOP_N = 3;
const MONTHS = ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08'];
const DATA_MONTHS = [MONTHS[0]!, MONTHS.at(-1)!] as const;
const CRIMES: CrimeType[] = ['trafficking', 'smuggling'];
const COUNTRIES = ['COL', 'MEX'];
const FLOWS = ['VEN>COL', 'VEN>PER', 'HTI>DOM'];

interface Incident {
  flow: string;
  country: string;
  month: string;
  crime: CrimeType;
  women: number;
  men: number;
}

/**
 * Sparse random incidents. Two flows carry one crime type each and the third both, so that
 * many figures are shown (a small second category would hide its flow by the line rule) and
 * the guard has pairs to compare.
 */
const incidentsArb: fc.Arbitrary<Incident[]> = fc.array(
  fc
    .record({
      flow: fc.constantFrom(...FLOWS),
      country: fc.constantFrom(...COUNTRIES),
      month: fc.constantFrom(...MONTHS),
      crime: fc.constantFrom(...CRIMES),
      women: fc.integer({ min: 0, max: 3 }),
      men: fc.integer({ min: 0, max: 1 }),
    })
    .map((i) => ({
      ...i,
      crime: i.flow === FLOWS[0] ? CRIMES[0]! : i.flow === FLOWS[1] ? CRIMES[1]! : i.crime,
    })),
  { minLength: 20, maxLength: 40 },
);

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    crimeTypes: fc.subarray(CRIMES),
    detection: fc.subarray(COUNTRIES),
    sexAge: fc.subarray<SexAge>(['women', 'men']),
    period: fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: MONTHS.length - 1 }), fc.integer({ min: 0, max: MONTHS.length - 1 }))
        .map(([a, b]) => [MONTHS[Math.min(a, b)]!, MONTHS[Math.max(a, b)]!] as const),
      { nil: null },
    ),
  })
  .map((f) => ({ ...EMPTY_FILTERS, ...f }));

/** The view one click from `f`: `click` picks what is clicked, `pick` which value or move. */
function click(f: Filters, what: number, pick: number): Filters {
  switch (what % 6) {
    case 0:
      return toggleValue(f, 'crimeTypes', CRIMES[pick % 2]!);
    case 1:
      return toggleValue(f, 'detection', COUNTRIES[pick % 2]!);
    case 2:
      return toggleValue(f, 'sexAge', (['women', 'men'] as const)[pick % 2]!);
    case 3: {
      const [a, b] = (f.period ?? DATA_MONTHS).map((m) => MONTHS.indexOf(m)) as [number, number];
      const moves = [
        [a - 1, b],
        [a + 1, b],
        [a, b - 1],
        [a, b + 1],
      ].filter(([x, y]) => x! >= 0 && y! < MONTHS.length && x! <= y!);
      const [x, y] = moves[pick % moves.length]!;
      return { ...f, period: [MONTHS[x!]!, MONTHS[y!]!] };
    }
    case 4:
      return { ...f, period: null };
    default:
      return EMPTY_FILTERS;
  }
}

/** Flows of a view as the flows query returns them: every flow (here largest last, as the statement promises no order). */
function flowRows(incidents: readonly Incident[], f: Filters) {
  const persons = new Map<string, number>();
  for (const i of incidents) {
    if (f.period && (i.month < f.period[0] || i.month > f.period[1])) continue;
    if (f.crimeTypes.length && !f.crimeTypes.includes(i.crime)) continue;
    if (f.detection.length && !f.detection.includes(i.country)) continue;
    const n = f.sexAge.length ? f.sexAge.reduce((s, c) => s + i[c as 'women' | 'men'], 0) : i.women + i.men;
    persons.set(`${i.flow}>${i.crime}`, (persons.get(`${i.flow}>${i.crime}`) ?? 0) + n);
  }
  const rows = [...persons].filter(([, n]) => n > 0).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? 1 : -1));
  return rows.map(([key, n]) => ({ key, persons: n }));
}

/** What the app shows for a view: its flows guarded against `neighbours` (the real guard). */
function shownFigures(incidents: readonly Incident[], f: Filters, neighbours: readonly Filters[]) {
  const cols = { variant: [] as number[], origin: [] as string[], destination: [] as string[] };
  const rest = {
    category: [] as string[],
    persons: [] as number[],
  };
  [f, ...neighbours].forEach((view, v) => {
    for (const r of flowRows(incidents, view)) {
      const [o, d, c] = r.key.split('>') as [string, string, string];
      cols.variant.push(v);
      cols.origin.push(o);
      cols.destination.push(d);
      rest.category.push(c);
      rest.persons.push(r.persons);
    }
  });
  const table = tableFromArrays({
    variant: Float64Array.from(cols.variant),
    origin: cols.origin,
    destination: cols.destination,
    category: rest.category,
    persons: Float64Array.from(rest.persons),
  });
  return guardFlowFigures(table, K, { topN: TOP_N });
}

/** Keys whose shown figures differ by 1..k−1 between the view and the clicked one. */
function leaks(incidents: Incident[], f: Filters, g: Filters, guard: boolean): string[] {
  const neighbours = (x: Filters) => (guard ? viewNeighbours(x, { months: DATA_MONTHS }) : []);
  const a = shownFigures(incidents, f, neighbours(f));
  const b = shownFigures(incidents, g, neighbours(g));
  const out: string[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (x === null || y === null || y === undefined) continue;
    const d = Math.abs(x - y);
    if (d > 0 && d < K) out.push(`${key}: ${x} vs ${y}`);
  }
  return out;
}

describe('map figures one click apart', () => {
  it('never differ by 1..k−1 where both views show them', () => {
    fc.assert(
      fc.property(incidentsArb, filtersArb, fc.nat(), fc.nat(), (incidents, f, what, pick) => {
        const g = click(f, what, pick);
        expect(leaks(incidents, f, g, true)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('would leak without the guard: a flow of 8 beside 11 when a month is added', () => {
    const base = { flow: 'VEN>COL', country: 'COL', crime: 'trafficking' as const, men: 0 };
    const incidents: Incident[] = [
      { ...base, month: '2020-01', women: 3 },
      { ...base, month: '2020-02', women: 4 },
      { ...base, month: '2020-03', women: 4 },
      { ...base, month: '2020-04', women: 6 },
    ];
    const f: Filters = { ...EMPTY_FILTERS, period: ['2020-02', '2020-03'] };
    const g: Filters = { ...EMPTY_FILTERS, period: ['2020-01', '2020-03'] };
    expect(leaks(incidents, f, g, false)).toEqual(['VEN>COL>trafficking: 8 vs 11']);
    expect(leaks(incidents, f, g, true)).toEqual([]);
    // The narrower view hides it; the wider one keeps it.
    expect(
      shownFigures(incidents, f, viewNeighbours(f, { months: DATA_MONTHS })).get('VEN>COL>trafficking'),
    ).toBe(null);
    expect(
      shownFigures(incidents, g, viewNeighbours(g, { months: DATA_MONTHS })).get('VEN>COL>trafficking'),
    ).toBe(11);
  });

  it('guards "other flows" against the other flows a neighbour shows', () => {
    fc.assert(
      fc.property(incidentsArb, filtersArb, fc.nat(), fc.nat(), (incidents, f, what, pick) => {
        const g = click(f, what, pick);
        const a = shownFigures(incidents, f, viewNeighbours(f, { months: DATA_MONTHS })).get(OTHER_FLOWS_KEY);
        const b = shownFigures(incidents, g, viewNeighbours(g, { months: DATA_MONTHS })).get(OTHER_FLOWS_KEY);
        if (a === null || a === undefined || b === null || b === undefined) return;
        const d = Math.abs(a - b);
        expect(d === 0 || d >= K).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
