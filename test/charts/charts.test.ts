import { format } from 'd3';
import { describe, expect, it } from 'vitest';
import { brushToMonths, monthToPixel, pixelToMonth } from '../../src/charts/brush.ts';
import { horizontalBarsChart } from '../../src/charts/horizontal-bars-chart.ts';
import { pyramidChart, toPyramidColumns } from '../../src/charts/pyramid-chart.ts';
import { sexAgeBarsChart } from '../../src/charts/sex-age-bars-chart.ts';
import { smallMultiplesChart } from '../../src/charts/small-multiples-chart.ts';
import { timeSeriesChart } from '../../src/charts/time-series-chart.ts';
import { timeSeriesLayout } from '../../src/charts/time-series-layout.ts';
import { escapeXml } from '../../src/charts/xml.ts';
import { countrySeries, crimeSeries, nationalities, subregionShares } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

/** The legend of hidden cells, as the Spanish locale words it. */
const HIDDEN_LEGEND = 'Oculto (cifra pequeña o para proteger una)';

const es = format(',d');
const formatNumber = (n: number) => es(n).replaceAll(',', '.');

const SEX_AGE_LABELS = {
  women: 'Mujeres',
  men: 'Hombres',
  girls: 'Niñas',
  boys: 'Niños',
  unknown_sex_age: 'Sin dato',
  trafficking: 'Trata de personas',
  smuggling: 'Tráfico de migrantes',
  suppressed: HIDDEN_LEGEND,
};

describe('chart snapshots', () => {
  it('time series per crime type with brush and event marker', () => {
    const svg = timeSeriesChart(crimeSeries(), {
      width: 720,
      labels: {
        title: 'Personas por mes',
        yAxis: 'personas / mes',
        trafficking: 'Trata de personas',
        smuggling: 'Tráfico de migrantes',
        event: 'Cierre de fronteras',
        suppressed: HIDDEN_LEGEND,
      },
      formatNumber,
      brush: [Date.UTC(2020, 5, 1), Date.UTC(2020, 11, 1)],
      eventDate: Date.UTC(2020, 2, 1),
    });
    expect(svg).toContain('Tráfico de migrantes');
    expect(svg).toContain('stroke="#D55E00"');
    expect(svg).toContain('stroke="#0072B2"');
    // The hidden month's legend says it may be small or protect one, and names no threshold.
    expect(svg).toContain(`>${HIDDEN_LEGEND}</text>`);
    expect(svg).not.toContain('&lt;');
    expectSvgSnapshot('time-series', svg);
  });

  it('sex/age stacked bars: n is the published total, shares of it, hidden cells "—"', () => {
    // Smuggling's boys are hidden (in truth 10: hidden to protect another cell, not small);
    // its published total is 1.000, so n and every share are of 1.000, not of the 990 shown.
    const svg = sexAgeBarsChart(
      {
        groups: ['trafficking', 'smuggling'],
        categories: ['women', 'men', 'girls', 'boys', 'unknown_sex_age'],
        values: [
          [420, 180, 160, 40, 25],
          [230, 610, 60, null, 90],
        ],
        totals: [825, 1000],
        shares: [
          [420 / 825, 180 / 825, 160 / 825, 40 / 825, 25 / 825],
          [0.23, 0.61, 0.06, null, 0.09],
        ],
      },
      { width: 720, labels: { ...SEX_AGE_LABELS, title: 'Personas por sexo y edad' }, formatNumber },
    );
    expect(svg).toContain('>n = 825<');
    expect(svg).toContain('>n = 1.000<');
    expect(svg).not.toContain('n = 990');
    expect(svg).toContain('>610 · 61%<');
    expect(svg).toContain('>—</text>');
    expect(svg).toContain(`>${HIDDEN_LEGEND}</text>`);
    expect(svg).not.toContain('&lt;');
    expectSvgSnapshot('sex-age-bars', svg);
  });

  it('sex/age bars: a row with every part hidden reads its published total, never "n = 0"', () => {
    const svg = sexAgeBarsChart(
      {
        groups: ['trafficking'],
        categories: ['women', 'men'],
        values: [[null, null]],
        totals: [12],
        shares: [[null, null]],
      },
      { width: 640, labels: SEX_AGE_LABELS, formatNumber },
    );
    expect(svg).toContain('>n = 12<');
    expect(svg).not.toContain('n = 0');
    expect(svg.match(/>—<\/text>/g)).toHaveLength(2);
  });

  it('sex/age bars: a hidden total reads "n = —" and shown parts get no share', () => {
    const svg = sexAgeBarsChart(
      {
        groups: ['trafficking'],
        categories: ['women', 'men', 'girls'],
        values: [[300, 0, null]],
        totals: [null],
        shares: [[null, null, null]],
      },
      { width: 640, labels: SEX_AGE_LABELS, formatNumber },
    );
    expect(svg).toContain('>n = —<');
    expect(svg).not.toContain('n = 300');
    // A share over the shown parts would read 100 %.
    expect(svg).not.toContain('%');
    expect(svg).toContain('>300 · —<');
  });

  it('population pyramid', () => {
    const svg = pyramidChart(toPyramidColumns({ women: 650, men: 790, girls: 220, boys: null }), {
      width: 560,
      labels: {
        title: 'Pirámide',
        left: 'Hombres y niños',
        right: 'Mujeres y niñas',
        adults: 'Adultos',
        children: 'Menores',
        suppressed: HIDDEN_LEGEND,
      },
      formatNumber,
    });
    expect(svg).toContain('>—</text>');
    expect(svg).toContain(`>${HIDDEN_LEGEND}</text>`);
    expect(svg).not.toContain('&lt;');
    expectSvgSnapshot('pyramid', svg);
  });

  it('share of women and girls by subregion with counts', () => {
    const svg = horizontalBarsChart(subregionShares(), {
      width: 640,
      mode: 'share',
      color: '#CC79A7',
      labels: {
        title: 'Mujeres y niñas entre las víctimas de trata',
        central_america_caribbean: 'Centroamérica y Caribe',
        south_america: 'América del Sur',
        north_america: 'América del Norte',
        iberia: 'Península Ibérica',
        suppressed: HIDDEN_LEGEND,
      },
      formatNumber,
    });
    expect(svg).toContain('71% (n = 1.830)');
    expect(svg).toContain('>—</text>');
    expect(svg).toContain(`>${HIDDEN_LEGEND}</text>`);
    expectSvgSnapshot('subregion-share', svg);
  });

  it('horizontal bars of top nationalities', () => {
    const svg = horizontalBarsChart(nationalities(), {
      width: 640,
      labels: {
        title: 'Nacionalidades',
        VEN: 'Venezuela',
        COL: 'Colombia',
        HTI: 'Haití',
        HND: 'Honduras',
        CUB: 'Cuba',
        _other: 'Otras',
        xAxis: 'personas',
        note: 'Nota: cifras menores que 5 suprimidas',
      },
      formatNumber,
    });
    expect(svg).not.toMatch(/>\s*\d+\s*<\/text>\s*<\/svg>/);
    expectSvgSnapshot('nationalities', svg);
  });

  it('small multiples per country', () => {
    const svg = smallMultiplesChart(countrySeries(), {
      width: 720,
      labels: {
        title: 'Casos por país',
        yAxis: 'casos / mes',
        MEX: 'México',
        COL: 'Colombia',
        PAN: 'Panamá',
        ESP: 'España',
        GTM: 'Guatemala',
        CHL: 'Chile',
        ARG: 'Argentina',
        max: 'máx.',
        suppressed: HIDDEN_LEGEND,
      },
      formatNumber,
    });
    // Panamá's hidden month: a hatched tick on its baseline, explained once.
    expect(svg.match(/<rect [^>]*fill="url\(#rutas-hatch\)" stroke="#009E73"\/>/g)).toHaveLength(1);
    expect(svg).toContain(`>${HIDDEN_LEGEND}</text>`);
    expectSvgSnapshot('small-multiples', svg);
  });
});

describe('chart safety', () => {
  it('escapes text from data: a category is never markup', () => {
    const svg = horizontalBarsChart({ category: ['<script>alert(1)</script>', '=cmd|x'], value: [3, 2] });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(escapeXml(`a"b'c&`)).toBe('a&quot;b&#39;c&amp;');
  });

  it('never writes a hidden value as a number, nor claims it is small', () => {
    // The chart is not told why a cell is hidden: it may hold 40, hidden to protect another.
    const svg = horizontalBarsChart(
      { category: ['A'], value: [null] },
      { labels: { suppressed: HIDDEN_LEGEND } },
    );
    expect(svg).toContain('>—</text>');
    expect(svg).not.toContain('&lt;');
    expect(svg).toContain('-hatch)');
    expect(svg).toContain(`>${HIDDEN_LEGEND}</text>`);
  });
});

describe('brush mapping', () => {
  const layout = timeSeriesLayout(crimeSeries(), 720);

  it('maps pixels to months and back', () => {
    expect(pixelToMonth(layout.left, layout)).toBe(Date.UTC(2019, 0, 1));
    expect(pixelToMonth(layout.right + 50, layout)).toBe(Date.UTC(2021, 11, 1));
    const june = Date.UTC(2020, 5, 1);
    expect(pixelToMonth(monthToPixel(june, layout) + 2, layout)).toBe(june);
  });

  it('orders a brush dragged right to left', () => {
    const a = monthToPixel(Date.UTC(2020, 1, 1), layout);
    const b = monthToPixel(Date.UTC(2020, 7, 1), layout);
    expect(brushToMonths(b, a, layout)).toEqual([Date.UTC(2020, 1, 1), Date.UTC(2020, 7, 1)]);
  });
});
