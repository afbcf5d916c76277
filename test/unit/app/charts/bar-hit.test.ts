import { describe, expect, it } from 'vitest';
import { barRowAt, sexAgeFromFill } from '../../../../src/app/charts/bar-hit.ts';
import { horizontalBarsChart } from '../../../../src/charts/horizontal-bars-chart.ts';
import { pyramidChart, toPyramidColumns } from '../../../../src/charts/pyramid-chart.ts';
import { sexAgeBarsChart } from '../../../../src/charts/sex-age-bars-chart.ts';

/** The `<rect>` elements of an SVG string with their y and fill. */
function rects(svg: string): { y: number; height: number; fill: string }[] {
  return [...svg.matchAll(/<rect ([^>]*)\/>/g)].flatMap((m) => {
    const attrs = m[1] ?? '';
    const y = /\by="([\d.]+)"/.exec(attrs);
    const h = /\bheight="([\d.]+)"/.exec(attrs);
    const f = /\bfill="([^"]+)"/.exec(attrs);
    return y && h && f ? [{ y: Number(y[1]), height: Number(h[1]), fill: f[1] ?? '' }] : [];
  });
}

describe('barRowAt against horizontalBarsChart', () => {
  it.each([true, false])('puts bar i (and its suppressed cell) in row i, title = %s', (hasTitle) => {
    const columns = { category: ['a', 'b', 'c', 'd'], value: [40, null, 12, 3] };
    const svg = horizontalBarsChart(columns, { labels: hasTitle ? { title: 'T' } : {}, width: 500 });
    const bars = rects(svg).filter((r) => r.height === 16);
    expect(bars).toHaveLength(4);
    bars.forEach((bar, i) => {
      expect(barRowAt(bar.y, 4, hasTitle)).toBe(i);
      expect(barRowAt(bar.y + bar.height - 0.5, 4, hasTitle)).toBe(i);
    });
  });

  it('returns null above and below the rows', () => {
    expect(barRowAt(2, 3, false)).toBeNull();
    expect(barRowAt(12 + 3 * 26 + 1, 3, false)).toBeNull();
  });
});

describe('sexAgeFromFill against the sex/age charts', () => {
  it('recovers the category of every coloured segment of the stacked bars', () => {
    const svg = sexAgeBarsChart({
      groups: ['trafficking'],
      categories: ['women', 'men', 'girls', 'boys', 'unknown_sex_age'],
      values: [[50, 30, 20, 10, 5]],
      totals: [115],
      shares: [[50 / 115, 30 / 115, 20 / 115, 10 / 115, 5 / 115]],
    });
    const found = new Set(rects(svg).map((r) => sexAgeFromFill(r.fill)));
    expect([...found].filter(Boolean).sort()).toEqual(['boys', 'girls', 'men', 'unknown_sex_age', 'women']);
  });

  it('recovers men, women, boys and girls in the pyramid and ignores hatching', () => {
    const svg = pyramidChart(toPyramidColumns({ women: 9, men: 8, girls: null, boys: 7 }));
    const found = rects(svg).map((r) => sexAgeFromFill(r.fill));
    expect(found.filter(Boolean).sort()).toEqual(['boys', 'men', 'women']);
    expect(sexAgeFromFill('url(#rutas-hatch)')).toBeNull();
    expect(sexAgeFromFill(null)).toBeNull();
  });
});
