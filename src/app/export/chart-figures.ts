import type { Table } from 'apache-arrow';
import type { TFunction } from 'i18next';
import { toCategoryColumns, toSeriesColumns } from '../../charts/columns.ts';
import { horizontalBarsChart } from '../../charts/horizontal-bars-chart.ts';
import { PALETTE } from '../../charts/palette.ts';
import { smallMultiplesChart } from '../../charts/small-multiples-chart.ts';
import { timeSeriesChart } from '../../charts/time-series-chart.ts';
import { PRINT_CHART_SIZE } from '../../export/chart-figure.ts';
import { countryName } from '../../geo/countries.ts';
import type { Language } from '../../i18n/languages.ts';
import { exploitationFormsQuery } from '../../query/category-query.ts';
import { filterPredicate } from '../../query/filters.ts';
import { countryMonthlySeriesQuery, monthlyCrimeSeriesQuery } from '../../query/series-query.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';
import type { Filters } from '../../state/filters.ts';
import { periodToBrush, toMonthKey } from '../charts/brush-period.ts';
import { suppressColumns, suppressSeries } from '../charts/suppress-columns.ts';

/** Charts that can be exported as figures: the ones of the charts panel. */
export const CHART_FIGURES = [
  'time-series',
  'countries-trafficking',
  'countries-smuggling',
  'exploitation',
] as const;
/** A chart figure. */
export type ChartFigure = (typeof CHART_FIGURES)[number];

/** The measure a figure counts (the exploitation bars are always persons, as on screen). */
export type FigureMeasure = 'persons' | 'incidents';

/**
 * The query behind a figure: the very builder and filters of the on-screen chart (the time
 * series ignores its own period filter and shows the period as a brush, as on screen).
 */
export function chartFigureQuery(figure: ChartFigure, filters: Filters, measure: FigureMeasure): string {
  switch (figure) {
    case 'time-series':
      return monthlyCrimeSeriesQuery(filterPredicate(filters, ['period']));
    case 'exploitation':
      return exploitationFormsQuery(filterPredicate(filters, ['exploitation']));
    default:
      return countryMonthlySeriesQuery(filterPredicate(filters), {
        measure,
        topN: 12,
        crimeType: figure === 'countries-trafficking' ? 'trafficking' : 'smuggling',
      });
  }
}

/** What a figure needs besides its data: translations, formatters, the view. */
export interface FigureContext {
  /** Translate in the `charts` namespace. */
  tc: TFunction;
  language: Language;
  formatNumber: (n: number) => string;
  formatMonth: (m: string) => string;
  k: number;
  filters: Filters;
  /** The title printed on the figure. */
  title: string;
  /** Printed under bar charts: source and notes. */
  note: string;
}

/**
 * Draws a figure at print size with the chart functions of the charts panel and the same
 * suppression at their edge (counts in 1..k−1 become "<k" / gaps before drawing).
 */
export function renderChartFigure(
  figure: ChartFigure,
  table: Table,
  measure: FigureMeasure,
  c: FigureContext,
): string {
  const { width, height } = PRINT_CHART_SIZE;
  const formatMonth = (ms: number) => c.formatMonth(toMonthKey(ms));
  const yAxis = String(c.tc(measure === 'persons' ? 'units.personsPerMonth' : 'units.incidentsPerMonth'));
  if (figure === 'time-series') {
    const columns = toSeriesColumns(table, measure);
    const labels: Record<string, string> = { title: c.title, yAxis, suppressed: String(c.tc('suppressed')) };
    for (const t of CRIME_TYPES) labels[t] = String(c.tc(`crimeType.${t}`));
    return timeSeriesChart(suppressSeries(columns, c.k), {
      width,
      height,
      labels,
      formatNumber: c.formatNumber,
      formatMonth,
      k: c.k,
      brush: periodToBrush(c.filters.period),
      seriesOrder: CRIME_TYPES.filter((t) => columns.series.includes(t)),
      idPrefix: 'print-time',
    });
  }
  if (figure === 'exploitation') {
    const columns = suppressColumns(toCategoryColumns(table, 'persons'), c.k);
    const labels: Record<string, string> = { title: c.title, note: c.note };
    for (const code of columns.category) labels[code] = String(c.tc(`exploitation.${code}`));
    return horizontalBarsChart(columns, {
      width,
      labels,
      formatNumber: c.formatNumber,
      k: c.k,
      idPrefix: 'print-bars',
    });
  }
  const columns = toSeriesColumns(table, 'value', 'country');
  const order = [...new Set(columns.series)];
  const labels: Record<string, string> = { title: c.title, yAxis, max: String(c.tc('countries.max')) };
  for (const code of order) labels[code] = countryName(code, c.language);
  return smallMultiplesChart(suppressSeries(columns, c.k), {
    width,
    labels,
    order,
    formatNumber: c.formatNumber,
    formatMonth,
    k: c.k,
    color: PALETTE[figure === 'countries-trafficking' ? 'trafficking' : 'smuggling'],
    idPrefix: 'print-countries',
  });
}
