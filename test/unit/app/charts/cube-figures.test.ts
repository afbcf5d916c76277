import { describe, expect, it } from 'vitest';
import { type ProtectedViewCube, protectViewCube } from '../../../../src/analytics/disclosure/view-cube.ts';
import {
  countrySeriesFromCube,
  crimeSeriesFromCube,
  periodPick,
  sexAgeFromCube,
  timeSeriesFigure,
  womenGirlsFromCube,
} from '../../../../src/app/charts/cube-figures.ts';
import { sexAgeBarsChart } from '../../../../src/charts/sex-age-bars-chart.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { THREE_MONTHS } from './view-cube-fixture.ts';

const F = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const LEVELS = [
  ['ARG', 'COL', 'MEX'],
  ['2020-01', '2020-02'],
  ['trafficking', 'smuggling'],
  ['women', 'men'],
];
const jan = Date.UTC(2020, 0, 1);
const feb = Date.UTC(2020, 1, 1);

/** A persons cube from `[country, month, crime, sex, count]` leaves, protected with k = 5. */
function cube(leaves: [string, string, string, string, number][]): ProtectedViewCube {
  return protectViewCube({
    dims: ['country', 'month', 'crime_type', 'sex_age'],
    levels: LEVELS,
    view: {
      codes: LEVELS.map((lv, d) => Int32Array.from(leaves, (l) => lv.indexOf(l[d] as string))),
      values: Float64Array.from(leaves, (l) => l[4]),
    },
    neighbours: [],
    k: 5,
  });
}

// Every leaf is large but COL's 2 women in January (a primary). The protection hides it
// with its rectangle through ARG's months; the all-month totals of both stay published.
const BIG = cube([
  ['ARG', '2020-01', 'trafficking', 'women', 20],
  ['ARG', '2020-01', 'trafficking', 'men', 30],
  ['ARG', '2020-02', 'trafficking', 'women', 25],
  ['ARG', '2020-02', 'trafficking', 'men', 35],
  ['MEX', '2020-01', 'trafficking', 'women', 40],
  ['MEX', '2020-01', 'trafficking', 'men', 50],
  ['MEX', '2020-02', 'trafficking', 'women', 45],
  ['MEX', '2020-02', 'trafficking', 'men', 55],
  ['COL', '2020-01', 'trafficking', 'women', 2],
  ['COL', '2020-02', 'trafficking', 'women', 30],
  ['MEX', '2020-01', 'smuggling', 'men', 60],
]);

describe('crimeSeriesFromCube', () => {
  it('reads the all-country slice, ignoring its own period filter', () => {
    const s = crimeSeriesFromCube(BIG, F({ period: ['2020-02', '2020-02'] }));
    expect(s.series).toEqual(['trafficking', 'trafficking', 'smuggling', 'smuggling']);
    expect(Array.from(s.month)).toEqual([jan, feb, jan, feb]);
    // January trafficking is published (it hides nothing: COL's 2 is hidden with partners).
    // February smuggling is a published zero: the line drops to it, it is not skipped.
    expect(Array.from(s.value).map((v) => (Number.isNaN(v) ? null : v))).toEqual([142, 190, 60, 0]);
  });

  it('adds the selected countries only when each part is published', () => {
    const mex = crimeSeriesFromCube(BIG, F({ detection: ['MEX'], crimeTypes: ['trafficking'] }));
    expect(Array.from(mex.value)).toEqual([90, 100]);
    const withArg = crimeSeriesFromCube(BIG, F({ detection: ['ARG', 'MEX'], crimeTypes: ['trafficking'] }));
    expect(Array.from(withArg.value).every(Number.isNaN)).toBe(true);
    // All three countries: the all-country total, which is published.
    const all = crimeSeriesFromCube(
      BIG,
      F({ detection: ['MEX', 'COL', 'ARG'], crimeTypes: ['trafficking'] }),
    );
    expect(Array.from(all.value)).toEqual([142, 190]);
  });

  it('counts only the selected sex/age categories', () => {
    const s = crimeSeriesFromCube(
      BIG,
      F({ detection: ['MEX'], sexAge: ['men'], crimeTypes: ['trafficking'] }),
    );
    expect(Array.from(s.value)).toEqual([50, 55]);
  });
});

describe('countrySeriesFromCube', () => {
  it('ranks countries by published totals and keeps hidden months as gaps', () => {
    const s = countrySeriesFromCube(BIG, F({}), 'trafficking', 12);
    expect(s.order).toEqual(['MEX', 'ARG', 'COL']);
    const col = s.series.map((c, i) => (c === 'COL' ? s.value[i] : undefined)).filter((v) => v !== undefined);
    expect(col.some((v) => Number.isNaN(v!))).toBe(true);
  });

  it('is empty when the crime type is filtered out, and limited to the period and top N', () => {
    expect(countrySeriesFromCube(BIG, F({ crimeTypes: ['smuggling'] }), 'trafficking', 12).order).toEqual([]);
    const s = countrySeriesFromCube(BIG, F({ period: ['2020-02', '2020-02'] }), 'trafficking', 1);
    expect(s.order).toEqual(['MEX']);
    expect(Array.from(s.month)).toEqual([feb]);
    expect(Array.from(s.value)).toEqual([100]);
  });
});

describe('sexAgeFromCube', () => {
  it('gives one row per crime type over the period, hidden parts null, its own filter ignored', () => {
    const whole = sexAgeFromCube(BIG, F({ detection: ['COL'], sexAge: ['men'] }));
    expect(whole.groups).toEqual(['trafficking']);
    expect(whole.values[0]!.slice(0, 2)).toEqual([32, 0]);
    const january = sexAgeFromCube(BIG, F({ detection: ['COL'], period: ['2020-01', '2020-01'] }));
    expect(january.values[0]![0]).toBeNull();
    const feb2 = sexAgeFromCube(BIG, F({ detection: ['MEX'], period: ['2020-02', '2020-02'] }));
    expect(feb2.groups).toEqual(['trafficking']);
    expect(feb2.values[0]!.slice(0, 2)).toEqual([45, 55]);
  });
});

describe('sexAgeFromCube totals and shares', () => {
  it("gives each row the cube's published total, not the sum of its shown parts", () => {
    // COL over the whole period: women 32, men 0, total 32 (all published).
    const col = sexAgeFromCube(BIG, F({ detection: ['COL'] }));
    expect(col.totals).toEqual([32]);
    expect(col.shares[0]!.slice(0, 2)).toEqual([1, 0]);
  });

  it('keeps a published total when every part is hidden (never "n = 0"), with no shares', () => {
    // MEX in January: women 40 and men 50 are hidden to protect COL's 2; the total 90 is not.
    const mex = sexAgeFromCube(THREE_MONTHS, F({ detection: ['MEX'], period: ['2020-01', '2020-01'] }));
    expect(mex.groups).toEqual(['trafficking', 'smuggling']);
    expect(mex.values[0]!.slice(0, 2)).toEqual([null, null]);
    expect(mex.totals[0]).toBe(90);
    expect(mex.shares[0]!.slice(0, 2)).toEqual([null, null]);
    // Drawn: the row reads its total, its hidden parts "—", and no share at all.
    const svg = sexAgeBarsChart(
      {
        ...mex,
        groups: mex.groups.slice(0, 1),
        values: mex.values.slice(0, 1),
        totals: [90],
        shares: mex.shares.slice(0, 1),
      },
      { formatNumber: String },
    );
    expect(svg).toContain('>n = 90<');
    expect(svg).not.toContain('n = 0');
    expect(svg).not.toContain('%');
    expect(svg.match(/>—<\/text>/g)).toHaveLength(2);
  });

  it('gives shares of the published total when both are published', () => {
    // MEX's smuggling in January: men 60 of a published total of 60.
    const mex = sexAgeFromCube(THREE_MONTHS, F({ detection: ['MEX'], period: ['2020-01', '2020-01'] }));
    expect(mex.values[1]!.slice(0, 2)).toEqual([0, 60]);
    expect(mex.totals[1]).toBe(60);
    expect(mex.shares[1]!.slice(0, 2)).toEqual([0, 1]);
  });

  it('gives a hidden total as null, and then no share even for a shown part', () => {
    // COL in January: 2 women, total 2 (a primary); men 0 is published.
    const col = sexAgeFromCube(BIG, F({ detection: ['COL'], period: ['2020-01', '2020-01'] }));
    expect(col.totals).toEqual([null]);
    expect(col.values[0]![1]).toBe(0);
    expect(col.shares[0]!.every((s) => s === null)).toBe(true);
  });

  it('computes a share of the published total, hidden parts left out of nothing', () => {
    const all = sexAgeFromCube(BIG, F({}));
    const t = all.groups.indexOf('trafficking');
    const total = all.totals[t]!;
    expect(total).toBe(332);
    all.values[t]!.forEach((v, c) => {
      expect(all.shares[t]![c]).toBe(v === null ? null : v / total);
    });
  });
});

describe('timeSeriesFigure', () => {
  it('is the crime series with its lines in the usual crime-type order', () => {
    const f = timeSeriesFigure(BIG, F({}));
    expect(f.columns).toEqual(crimeSeriesFromCube(BIG, F({})));
    expect(f.order).toEqual(['trafficking', 'smuggling']);
  });
});

describe('womenGirlsFromCube', () => {
  it('hides a share when its numerator is hidden, and shows it when both parts are published', () => {
    const w = womenGirlsFromCube(BIG, F({}));
    expect(w.category).toEqual(['south_america', 'north_america']);
    expect(w.value[0]).toBeCloseTo(77 / 142);
    expect(w.value[1]).toBeCloseTo(85 / 190);
    expect(w.base![1]).toBe(190);
    // In January South America's women are ARG 20 + COL 2, both hidden: no share, no base.
    const jan = womenGirlsFromCube(BIG, F({ period: ['2020-01', '2020-01'] }));
    expect(jan.value[0]).toBeNull();
    expect(jan.base![0]).toBeNull();
    expect(jan.value[1]).toBeCloseTo(40 / 90);
    expect(womenGirlsFromCube(BIG, F({ crimeTypes: ['smuggling'] })).category).toEqual([]);
  });
});

describe('periodPick', () => {
  it('lists the months of the cube inside the period, or all (null) without one', () => {
    expect(periodPick(BIG, null)).toBeNull();
    expect(periodPick(BIG, ['2019-01', '2020-01'])).toEqual(['2020-01']);
  });
});
