import type { CategoryColumns, SeriesColumns } from '../../src/charts/columns.ts';

/** Fixed 36-month series for trafficking and smuggling, with one suppressed month. */
export function crimeSeries(): SeriesColumns {
  const month: number[] = [];
  const value: number[] = [];
  const series: string[] = [];
  for (let i = 0; i < 36; i++) {
    const m = Date.UTC(2019, i, 1);
    month.push(m, m);
    value.push(
      i === 20 ? Number.NaN : 40 + 12 * Math.sin(i / 2) + i,
      i < 14 ? 60 + (i % 5) * 3 : 25 + (i % 4) * 4,
    );
    series.push('trafficking', 'smuggling');
  }
  return { month: Float64Array.from(month), value: Float64Array.from(value), series };
}

/** Per-country monthly series for small multiples. */
export function countrySeries(): SeriesColumns {
  const countries = ['MEX', 'COL', 'PAN', 'ESP', 'GTM', 'CHL', 'ARG'];
  const month: number[] = [];
  const value: number[] = [];
  const series: string[] = [];
  countries.forEach((c, k) => {
    for (let i = 0; i < 24; i++) {
      month.push(Date.UTC(2020, i, 1));
      value.push(
        c === 'PAN' && i === 5 ? Number.NaN : Math.round((70 - k * 9) * (1 + 0.3 * Math.sin((i + k) / 3))),
      );
      series.push(c);
    }
  });
  return { month: Float64Array.from(month), value: Float64Array.from(value), series };
}

/** Top nationalities with one suppressed row. */
export function nationalities(): CategoryColumns {
  return {
    category: ['VEN', 'COL', 'HTI', 'HND', 'CUB', '_other'],
    value: [1234, 842, 410, 97, null, 150],
  };
}

/** Share of women and girls by subregion, with bases. */
export function subregionShares(): CategoryColumns {
  return {
    category: ['central_america_caribbean', 'south_america', 'north_america', 'iberia'],
    value: [0.71, 0.64, 0.58, null],
    base: [1830, 2410, 960, null],
  };
}
