/**
 * Exported chart figures (issue #7 follow-up). Before, the time series and the small
 * multiples were exported from their own SQL with primary-only suppression, while the cards
 * read the protected view cube: an exported image could show a count the screen hid to
 * protect a small one (here MEX's 50 men in January), and subtracting the two gave the small
 * count away. The figures with a protected counterpart must now draw exactly the card's
 * columns from the same cube: every number of the file is a number of the screen, and a
 * cell hidden on screen for any reason is hidden in the file.
 */
import { tableFromArrays } from 'apache-arrow';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { VIEW_CELL } from '../../../../src/analytics/disclosure/view-cube.ts';
import {
  COUNTRY_PANELS,
  countrySeriesFromCube,
  timeSeriesFigure,
} from '../../../../src/app/charts/cube-figures.ts';
import {
  CHART_FIGURES,
  cubeFigureColumns,
  cubeFigureSource,
  type FigureContext,
  isCubeFigure,
  renderCubeFigure,
  renderExploitationFigure,
} from '../../../../src/app/export/chart-figures.ts';
import { viewCubeQueries } from '../../../../src/app/protected-cube/view-cube-service.ts';
import type { SeriesColumns } from '../../../../src/charts/columns.ts';
import { PALETTE } from '../../../../src/charts/palette.ts';
import { buildProvenance, parseProvenance, serializeProvenance } from '../../../../src/export/provenance.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { THREE_MONTHS } from '../charts/view-cube-fixture.ts';

const F = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const K = 5;
const CUBE = THREE_MONTHS;

/** Status of one cube cell by its codes ('All' for a margin). */
function statusOf(keys: string[]): number {
  let at = 0;
  keys.forEach((code, d) => {
    at += (code === 'All' ? 0 : CUBE.levels[d]!.indexOf(code)) * CUBE.strides[d]!;
  });
  return CUBE.status[at]!;
}

/** A translator that returns keys (labels need not be real words here). */
const tc = ((key: string) => key) as unknown as TFunction;

function context(filters: Filters): FigureContext {
  return {
    tc,
    language: 'en',
    formatNumber: (n) => String(n),
    formatMonth: (m) => m,
    k: K,
    filters,
    title: 'Figure',
    note: 'Source',
  };
}

/** `[y pixel, value]` of the y-axis ticks: a grid line followed by its label. */
function yTicks(svg: string): [number, number][] {
  return [
    ...svg.matchAll(
      /<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="\1" stroke="#[0-9A-F]+"\/><text [^>]*>(\d+)<\/text>/g,
    ),
  ].map((m) => [Number(m[1]), Number(m[2])]);
}

/**
 * The values a time series figure draws for the line of `color`, read back from its path
 * through the y axis printed on it (month order), and the number of hidden-month marks.
 */
function drawnSeries(svg: string, color: string): { values: number[]; hidden: number } {
  const ticks = yTicks(svg);
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  const [[y0, v0], [y1, v1]] = [ticks[0]!, ticks[ticks.length - 1]!];
  const toValue = (y: number) => v0 + ((y - y0) * (v1 - v0)) / (y1 - y0);
  const path = new RegExp(`<path d="([^"]*)" fill="none" stroke="${color}" stroke-width="2"`).exec(svg);
  const points = [...(path?.[1] ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)];
  const hidden = svg.match(
    new RegExp(`<rect [^>]*fill="url\\(#print-time-hatch\\)" stroke="${color}"/>`, 'g'),
  );
  return {
    values: points.map((p) => Math.round(toValue(Number(p[2])) * 100) / 100),
    hidden: hidden?.length ?? 0,
  };
}

/** The card's series of one key: published values in month order, and how many are hidden. */
function cardSeries(columns: SeriesColumns, key: string): { values: number[]; hidden: number } {
  const rows = columns.series
    .map((s, i) => ({ s, m: columns.month[i]!, v: columns.value[i]! }))
    .filter((r) => r.s === key)
    .sort((a, b) => a.m - b.m);
  return {
    values: rows.filter((r) => !Number.isNaN(r.v)).map((r) => r.v),
    hidden: rows.filter((r) => Number.isNaN(r.v)).length,
  };
}

describe('figures with a protected counterpart', () => {
  it('are the time series and the small multiples; the exploitation bars are not', () => {
    expect(CHART_FIGURES.filter(isCubeFigure)).toEqual([
      'time-series',
      'countries-trafficking',
      'countries-smuggling',
    ]);
  });
});

describe('exported time series = the card', () => {
  const filters = F({ detection: ['MEX'], sexAge: ['men'], period: ['2020-02', '2020-03'] });

  it('draws the very columns the card draws', () => {
    const card = timeSeriesFigure(CUBE, filters);
    expect(cubeFigureColumns('time-series', CUBE, filters)).toEqual(card);
  });

  it('shows exactly the numbers of the card, read back from the exported SVG', () => {
    const card = timeSeriesFigure(CUBE, filters).columns;
    const svg = renderCubeFigure('time-series', CUBE, 'persons', context(filters));
    for (const [crime, color] of [
      ['trafficking', PALETTE.trafficking],
      ['smuggling', PALETTE.smuggling],
    ] as const) {
      expect(drawnSeries(svg, color)).toEqual(cardSeries(card, crime));
    }
    expect(drawnSeries(svg, PALETTE.smuggling).values).toEqual([60, 61, 64]);
    expect(drawnSeries(svg, PALETTE.trafficking).values).toEqual([55]);
  });

  it('hides a month hidden to protect another cell, though it holds 50 (≥ k)', () => {
    // MEX's January men: hidden by secondary suppression, not small.
    expect(statusOf(['MEX', '2020-01', 'trafficking', 'men'])).toBe(VIEW_CELL.secondary);
    const svg = renderCubeFigure('time-series', CUBE, 'persons', context(filters));
    const trafficking = drawnSeries(svg, PALETTE.trafficking);
    expect(trafficking.values).not.toContain(50);
    expect(trafficking.values).not.toContain(57);
    expect(trafficking.hidden).toBe(2);
    // The hatch is explained without claiming the month is small.
    expect(svg).toContain('>suppressed</text>');
    expect(svg).not.toContain('&lt;');
  });
});

describe('exported small multiples = the card', () => {
  it.each([
    ['countries-trafficking', 'trafficking'],
    ['countries-smuggling', 'smuggling'],
  ] as const)('%s: same panels, same maxima, same hidden months', (figure, crime) => {
    // Trafficking has hidden months under this filter, smuggling none.
    const filters = F({ sexAge: ['men'] });
    const card = countrySeriesFromCube(CUBE, filters, crime, COUNTRY_PANELS);
    const { columns, order } = cubeFigureColumns(figure, CUBE, filters);
    expect(order).toEqual(card.order);
    expect(Array.from(columns.value)).toEqual(Array.from(card.value));
    const svg = renderCubeFigure(figure, CUBE, 'persons', context(filters));
    const maxima = [...svg.matchAll(/>countries\.max (\d+)<\/text>/g)].map((m) => Number(m[1]));
    const cardMaxima = card.order.map((c) =>
      Math.max(0, ...Array.from(card.value).filter((v, i) => card.series[i] === c && !Number.isNaN(v))),
    );
    expect(maxima).toEqual(cardMaxima);
    // Hidden months are hatched in the line's colour (the legend swatch is grey).
    const hatches =
      svg.match(new RegExp(`fill="url\\(#print-countries-hatch\\)" stroke="${PALETTE[crime]}"/>`, 'g')) ?? [];
    const hidden = Array.from(card.value).filter(Number.isNaN).length;
    expect(hatches.length).toBe(hidden);
    expect(svg.includes('>suppressed</text>')).toBe(hidden > 0);
  });

  it('never shows a cell hidden to protect another, which primary suppression would show', () => {
    const filters = F({ sexAge: ['men'] });
    const svg = renderCubeFigure('countries-trafficking', CUBE, 'persons', context(filters));
    // MEX's men: 50 | 55 | 57. Per-figure primary suppression would publish the maximum 57.
    expect(statusOf(['MEX', '2020-03', 'trafficking', 'men'])).toBe(VIEW_CELL.secondary);
    expect(svg).not.toContain('countries.max 57');
    expect(svg).toContain('countries.max 55');
  });
});

describe('provenance of a cube figure', () => {
  it("records the cube's query and the slice drawn, and survives a round trip", () => {
    const filters = F({ detection: ['MEX'], sexAge: ['men'], exploitation: ['sexual'] });
    const { sql, source } = cubeFigureSource('time-series', filters, 'persons', K);
    expect(sql).toBe(viewCubeQueries(filters, 'persons').view);
    expect(sql).toContain('FROM incidents');
    expect(source).toMatchObject({
      kind: 'protected-view-cube',
      measure: 'persons',
      k: K,
      dims: ['country', 'month', 'crime_type', 'sex_age'],
      slice: { each: ['crime_type', 'month'], sum: { country: ['MEX'], sex_age: ['men'] } },
    });
    // The exploitation filter is applied before counting; the guard compared the view with it removed.
    expect((source as { guardNeighbours: unknown[] }).guardNeighbours).toHaveLength(1);
    const provenance = buildProvenance({
      appVersion: 'test',
      fingerprint: 'a'.repeat(64),
      filters: { figure: 'time-series', source },
      sql,
      k: K,
      roundBase: 1,
      exportedAt: new Date(0),
    });
    const back = parseProvenance(serializeProvenance(provenance));
    expect(back.ok && back.provenance.filters).toEqual({ figure: 'time-series', source });
  });

  it('names the crime and the panels of the small multiples', () => {
    const { source } = cubeFigureSource(
      'countries-smuggling',
      F({ period: ['2020-02', '2020-03'] }),
      'incidents',
      K,
    );
    expect(source).toMatchObject({
      measure: 'incidents',
      dims: ['country', 'month', 'crime_type'],
      slice: {
        each: ['country', 'month'],
        sum: { crime_type: ['smuggling'] },
        months: ['2020-02', '2020-03'],
        topN: COUNTRY_PANELS,
      },
    });
  });
});

describe('exploitation figure (no cube counterpart)', () => {
  it('hides counts below k as "—", never "<k"', () => {
    // begging 3 is hidden, and forced labour 12 beside it (line rule), so 40 + 25 shown
    // and the persons total elsewhere cannot give the 3.
    const table = tableFromArrays({
      variant: Int32Array.of(0, 0, 0, 0),
      category: ['sexual', 'forced_criminality', 'forced_labour', 'begging'],
      persons: Float64Array.of(40, 25, 12, 3),
    });
    const svg = renderExploitationFigure(table, context(EMPTY_FILTERS));
    expect(svg).toContain('>40</text>');
    expect(svg).toContain('>25</text>');
    expect(svg).not.toContain('>12</text>');
    expect(svg).not.toContain('>3</text>');
    expect(svg).toContain('>—</text>');
    expect(svg).not.toContain('&lt;');
  });

  it('hides a bar that differs by 1..k−1 from the same bar one click away, as on screen', () => {
    const table = tableFromArrays({
      variant: Int32Array.of(0, 0, 0, 1, 1, 1),
      category: ['sexual', 'begging', 'forced_labour', 'sexual', 'begging', 'forced_labour'],
      persons: Float64Array.of(40, 30, 20, 40, 30, 17),
    });
    const svg = renderExploitationFigure(table, context(EMPTY_FILTERS));
    expect(svg).toContain('>40</text>');
    expect(svg).not.toContain('>20</text>');
    // Hidden beside it, so the total minus the shown bars is not the 20 alone.
    expect(svg).not.toContain('>30</text>');
    expect(svg).toContain('>—</text>');
  });
});
