import type { Table } from 'apache-arrow';
import type { TFunction } from 'i18next';
import type { ProtectedViewCube } from '../../analytics/disclosure/view-cube.ts';
import type { SeriesColumns } from '../../charts/columns.ts';
import { horizontalBarsChart } from '../../charts/horizontal-bars-chart.ts';
import { PALETTE } from '../../charts/palette.ts';
import { smallMultiplesChart } from '../../charts/small-multiples-chart.ts';
import { timeSeriesChart } from '../../charts/time-series-chart.ts';
import { PRINT_CHART_SIZE } from '../../export/chart-figure.ts';
import type { JsonValue } from '../../export/provenance.ts';
import { countryName } from '../../geo/countries.ts';
import type { Language } from '../../i18n/languages.ts';
import { variantsQuery } from '../../query/variants-query.ts';
import { VIEW_CUBE_DIMS } from '../../query/view-cube-query.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';
import type { Filters } from '../../state/filters.ts';
import { exploitationSpec } from '../charts/breakdown-specs.ts';
import { periodToBrush, toMonthKey } from '../charts/brush-period.ts';
import { COUNTRY_PANELS, countrySeriesFromCube, timeSeriesFigure } from '../charts/cube-figures.ts';
import { breakdownVariants, guardedBreakdownColumns } from '../charts/guarded-breakdown.ts';
import { guardNeighbours, outerFilters } from '../protected-cube/guard-neighbours.ts';
import { viewCubeQueries } from '../protected-cube/view-cube-service.ts';

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
 * Figures whose on-screen chart reads the protected view cube: the export reads the same
 * cube through the same function, so the file equals the screen and neither can be
 * subtracted from the other. The exploitation bars have no cube counterpart: their figure
 * runs the on-screen chart's guarded query (the view and its neighbours, guard-categories.ts).
 */
export const CUBE_FIGURES = ['time-series', 'countries-trafficking', 'countries-smuggling'] as const;
/** A figure drawn from the protected view cube. */
export type CubeFigure = (typeof CUBE_FIGURES)[number];

/** True when `figure` is drawn from the protected view cube. */
export function isCubeFigure(figure: ChartFigure): figure is CubeFigure {
  return (CUBE_FIGURES as readonly string[]).includes(figure);
}

function crimeOf(figure: Exclude<CubeFigure, 'time-series'>): 'trafficking' | 'smuggling' {
  return figure === 'countries-trafficking' ? 'trafficking' : 'smuggling';
}

/**
 * The query behind the exploitation figure: the on-screen breakdown's variants (the view and
 * the views one click away, its own exploitation filter left out, as on screen), so the
 * figure hides exactly what the chart hides; see {@link CUBE_FIGURES}.
 */
export function exploitationFigureQuery(filters: Filters, months: readonly [string, string] | null): string {
  const spec = exploitationSpec([]);
  return variantsQuery(breakdownVariants(spec, filters, months), spec.orderBy);
}

/** The columns a cube figure draws and the order of its lines or panels. */
export interface CubeFigureColumns {
  columns: SeriesColumns;
  order: string[];
}

/**
 * The columns of a cube figure, from the very functions the cards call (`timeSeriesFigure`,
 * `countrySeriesFromCube` with the cards' panel count): hidden cells are NaN, whatever hid
 * them, and nothing is recomputed from raw counts. Pure.
 */
export function cubeFigureColumns(
  figure: CubeFigure,
  cube: ProtectedViewCube,
  filters: Filters,
): CubeFigureColumns {
  if (figure === 'time-series') return timeSeriesFigure(cube, filters);
  const series = countrySeriesFromCube(cube, filters, crimeOf(figure), COUNTRY_PANELS);
  return {
    columns: { month: series.month, series: series.series, value: series.value },
    order: series.order,
  };
}

const listOrAll = (values: readonly string[]): JsonValue => (values.length > 0 ? [...values] : 'All');

/**
 * What a cube figure's provenance records: the SQL that counts the view cube (the SQL of
 * its guard neighbours is implied by `guardNeighbours`, their outer filters), and the slice
 * the figure reads from it. `each` names the dimensions drawn level by level (one line point
 * per month and crime type, one panel per country); `sum` the levels added up on the others,
 * a sum shown only when every part is published. Pure.
 */
export function cubeFigureSource(
  figure: CubeFigure,
  filters: Filters,
  measure: FigureMeasure,
  k: number,
): { sql: string; source: JsonValue } {
  const perCountry = figure !== 'time-series';
  const sum: { [dim: string]: JsonValue } = {};
  if (!perCountry) sum.country = listOrAll(filters.detection);
  if (perCountry) sum.crime_type = [crimeOf(figure)];
  if (measure === 'persons') sum.sex_age = listOrAll(filters.sexAge);
  const slice: { [key: string]: JsonValue } = {
    each: perCountry ? ['country', 'month'] : ['crime_type', 'month'],
    sum,
    months: perCountry && filters.period ? [...filters.period] : 'All',
  };
  if (perCountry) {
    slice.countries = listOrAll(filters.detection);
    slice.topN = COUNTRY_PANELS;
  } else {
    slice.crimeTypes = listOrAll(filters.crimeTypes);
  }
  const toJson = (f: Filters) => JSON.parse(JSON.stringify(f)) as JsonValue;
  return {
    sql: viewCubeQueries(filters, measure).view,
    source: {
      kind: 'protected-view-cube',
      measure,
      k,
      dims: [...VIEW_CUBE_DIMS[measure]],
      outerFilters: toJson(outerFilters(filters, measure)),
      guardNeighbours: guardNeighbours(filters, measure).map(toJson),
      slice,
    },
  };
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
 * Draws a cube figure at print size with the chart function of its card and the card's
 * columns (`cubeFigureColumns`): every number on it is a number on the screen, and a cell
 * hidden on screen, for whatever reason, is hidden ("—", a gap) here too.
 */
export function renderCubeFigure(
  figure: CubeFigure,
  cube: ProtectedViewCube,
  measure: FigureMeasure,
  c: FigureContext,
): string {
  const { width, height } = PRINT_CHART_SIZE;
  const formatMonth = (ms: number) => c.formatMonth(toMonthKey(ms));
  const yAxis = String(c.tc(measure === 'persons' ? 'units.personsPerMonth' : 'units.incidentsPerMonth'));
  const suppressed = String(c.tc('suppressed'));
  const { columns, order } = cubeFigureColumns(figure, cube, c.filters);
  if (figure === 'time-series') {
    const labels: Record<string, string> = { title: c.title, yAxis, suppressed };
    for (const t of CRIME_TYPES) labels[t] = String(c.tc(`crimeType.${t}`));
    return timeSeriesChart(columns, {
      width,
      height,
      labels,
      formatNumber: c.formatNumber,
      formatMonth,
      brush: periodToBrush(c.filters.period),
      seriesOrder: order,
      idPrefix: 'print-time',
    });
  }
  const labels: Record<string, string> = {
    title: c.title,
    yAxis,
    max: String(c.tc('countries.max')),
    suppressed,
  };
  for (const code of order) labels[code] = countryName(code, c.language);
  return smallMultiplesChart(columns, {
    width,
    labels,
    order,
    formatNumber: c.formatNumber,
    formatMonth,
    color: PALETTE[crimeOf(figure)],
    idPrefix: 'print-countries',
  });
}

/**
 * Draws the exploitation figure at print size from the result of
 * {@link exploitationFigureQuery}, protected as the on-screen breakdown is
 * (guardedBreakdownColumns: hidden counts become "—" cells before drawing).
 */
export function renderExploitationFigure(table: Table, c: FigureContext): string {
  const columns = guardedBreakdownColumns(table, c.k, exploitationSpec([]).partition);
  const labels: Record<string, string> = {
    title: c.title,
    note: c.note,
    suppressed: String(c.tc('suppressed')),
  };
  for (const code of columns.category) labels[code] = String(c.tc(`exploitation.${code}`));
  return horizontalBarsChart(columns, {
    width: PRINT_CHART_SIZE.width,
    labels,
    formatNumber: c.formatNumber,
    idPrefix: 'print-bars',
  });
}
