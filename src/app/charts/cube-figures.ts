import { type LevelPick, levelsOf, sumPicked } from '../../analytics/disclosure/read-view-cube.ts';
import { protectShare } from '../../analytics/disclosure/share.ts';
import type { ProtectedViewCube } from '../../analytics/disclosure/view-cube.ts';
import type { CategoryColumns, SeriesColumns } from '../../charts/columns.ts';
import type { SexAgeColumns } from '../../charts/sex-age-bars-chart.ts';
import { SUBREGIONS, subregionOf } from '../../geo/subregions.ts';
import { CRIME_TYPES, SEX_AGE } from '../../schema/incident.ts';
import type { Filters } from '../../state/filters.ts';
import { fromMonthKey } from './brush-period.ts';

/**
 * The side-panel charts' figures, read from the protected view cube: each is a cube cell or
 * a sum of cells that are all published (read-view-cube.ts), so what a filter adds or removes
 * is itself made of published cells. Hidden figures are NaN in series and null in bars.
 * Every function is pure; `filters` are the view's filters minus its own selection
 * (cross-filtering), exactly as the SQL views had them.
 */

/** Picks for one figure, by dimension name; dimensions not named are summed whole. */
type Picks = Record<string, LevelPick>;

function read(cube: ProtectedViewCube, picks: Picks): number | null {
  return sumPicked(
    cube,
    cube.dims.map((d) => picks[d] ?? null),
  );
}

function levels(cube: ProtectedViewCube, dim: string): string[] {
  const d = cube.dims.indexOf(dim);
  return d < 0 ? [] : levelsOf(cube, d);
}

/** A list filter as a pick: no values = no restriction. */
function listPick(values: readonly string[]): LevelPick {
  return values.length > 0 ? values : null;
}

/** The months of the cube inside the period (all months with data when there is none). */
export function periodPick(cube: ProtectedViewCube, period: Filters['period']): LevelPick {
  if (!period) return null;
  return levels(cube, 'month').filter((m) => m !== '' && m >= period[0] && m <= period[1]);
}

/** The months of the cube, in order (records without a month are left out, as in SQL). */
function monthsOf(cube: ProtectedViewCube): string[] {
  return levels(cube, 'month').filter((m) => m !== '');
}

/** Crime types a view shows: the filter's, else every one in the cube, in the usual order. */
function crimeTypesOf(cube: ProtectedViewCube, filters: Filters): string[] {
  const present = levels(cube, 'crime_type');
  const wanted =
    filters.crimeTypes.length > 0 ? present.filter((c) => filters.crimeTypes.includes(c as never)) : present;
  const rank = (c: string) => {
    const i = (CRIME_TYPES as readonly string[]).indexOf(c);
    return i < 0 ? CRIME_TYPES.length : i;
  };
  return [...wanted].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The sex/age pick of persons figures (incident cubes have no such dimension). */
function sexAgePick(filters: Filters): LevelPick {
  return listPick(filters.sexAge);
}

/**
 * Monthly series per crime type for the time series (its own period filter ignored): one
 * row per month of the data and crime type, a published zero included, so a line drops to
 * zero in a month without cases instead of being drawn straight across it. A crime type
 * whose every month is a published zero has no rows (no legend entry). Hidden = NaN.
 */
export function crimeSeriesFromCube(cube: ProtectedViewCube, filters: Filters): SeriesColumns {
  const month: number[] = [];
  const series: string[] = [];
  const value: number[] = [];
  const country = listPick(filters.detection);
  const sexAge = sexAgePick(filters);
  const months = monthsOf(cube);
  for (const crime of crimeTypesOf(cube, filters)) {
    const values = months.map((m) =>
      read(cube, { country, month: [m], crime_type: [crime], sex_age: sexAge }),
    );
    if (values.every((v) => v === 0)) continue;
    values.forEach((v, i) => {
      month.push(fromMonthKey(months[i]!));
      series.push(crime);
      value.push(v ?? Number.NaN);
    });
  }
  return { month: Float64Array.from(month), series, value: Float64Array.from(value) };
}

/** Small-multiple series per country, and the panels' order. */
export interface CountrySeries extends SeriesColumns {
  /** Countries shown, largest published total first (ties by code). */
  order: string[];
}

/** Panels of the small multiples, on screen and in exported figures alike. */
export const COUNTRY_PANELS = 12;

/** The time series as drawn: its columns and the order of its lines (crime types). */
export interface TimeSeriesFigure {
  columns: SeriesColumns;
  /** Crime types present, in the usual order (their colours and legend order). */
  order: string[];
}

/**
 * The time series exactly as the card draws it, for the card and for the exported figure
 * alike, so an exported image can never differ from the screen (nor be subtracted from it).
 */
export function timeSeriesFigure(cube: ProtectedViewCube, filters: Filters): TimeSeriesFigure {
  const columns = crimeSeriesFromCube(cube, filters);
  return { columns, order: CRIME_TYPES.filter((c) => columns.series.includes(c)) };
}

/**
 * Monthly series of one crime type for the `topN` countries of detection with the largest
 * total in the selection (all filters apply). The ranking uses published monthly figures
 * only, so it reveals nothing hidden. Hidden months are NaN.
 */
export function countrySeriesFromCube(
  cube: ProtectedViewCube,
  filters: Filters,
  crime: string,
  topN: number,
): CountrySeries {
  const empty: CountrySeries = {
    month: new Float64Array(0),
    series: [],
    value: new Float64Array(0),
    order: [],
  };
  if (filters.crimeTypes.length > 0 && !filters.crimeTypes.includes(crime as never)) return empty;
  const inPeriod = periodPick(cube, filters.period) ?? monthsOf(cube);
  const months = inPeriod.filter((m) => m !== '');
  const sexAge = sexAgePick(filters);
  const countries = levels(cube, 'country').filter(
    (c) => c !== '' && (filters.detection.length === 0 || filters.detection.includes(c)),
  );
  const panels: { country: string; total: number; rows: [number, number][] }[] = [];
  for (const country of countries) {
    const rows: [number, number][] = [];
    let total = 0;
    for (const m of months) {
      const v = read(cube, { country: [country], month: [m], crime_type: [crime], sex_age: sexAge });
      if (v === 0) continue;
      rows.push([fromMonthKey(m), v ?? Number.NaN]);
      if (v !== null) total += v;
    }
    if (rows.length > 0) panels.push({ country, total, rows });
  }
  panels.sort((a, b) => b.total - a.total || (a.country < b.country ? -1 : 1));
  const kept = panels.slice(0, Math.max(1, Math.floor(topN)));
  const rows = kept.flatMap((p) => p.rows.map(([ms, v]) => ({ country: p.country, ms, v })));
  return {
    month: Float64Array.from(rows, (r) => r.ms),
    series: rows.map((r) => r.country),
    value: Float64Array.from(rows, (r) => r.v),
    order: kept.map((p) => p.country),
  };
}

/**
 * Persons by sex/age per crime type (its own sex/age filter ignored): rows are the crime
 * types with persons or a hidden total, cells null where hidden. Each row carries its
 * published total, the cube's "All" cell (null when hidden), never the sum of the shown
 * parts, and each part its share of that total only when both are published (protectShare).
 */
export function sexAgeFromCube(cube: ProtectedViewCube, filters: Filters): SexAgeColumns {
  const month = periodPick(cube, filters.period);
  const country = listPick(filters.detection);
  const out: SexAgeColumns = { groups: [], categories: [...SEX_AGE], values: [], totals: [], shares: [] };
  for (const crime of crimeTypesOf(cube, filters)) {
    const all = read(cube, { country, month, crime_type: [crime] });
    if (all === 0) continue;
    const parts = SEX_AGE.map((s) => read(cube, { country, month, crime_type: [crime], sex_age: [s] }));
    out.groups.push(crime);
    out.values.push(parts);
    out.totals.push(all);
    out.shares.push(parts.map((p) => protectShare(p, all)));
  }
  return out;
}

/**
 * Share of women and girls among persons in trafficking cases by subregion (its own sex/age
 * filter ignored), with the persons behind each share as `base`. A share is shown only when
 * both the numerator and the denominator are published sums (protectShare).
 */
export function womenGirlsFromCube(cube: ProtectedViewCube, filters: Filters): CategoryColumns {
  const out: CategoryColumns = { category: [], value: [], base: [] };
  if (filters.crimeTypes.length > 0 && !filters.crimeTypes.includes('trafficking')) return out;
  const month = periodPick(cube, filters.period);
  const countries = levels(cube, 'country').filter(
    (c) => filters.detection.length === 0 || filters.detection.includes(c),
  );
  for (const region of SUBREGIONS) {
    const country = countries.filter((c) => subregionOf(c) === region);
    if (country.length === 0) continue;
    const persons = read(cube, { country, month, crime_type: ['trafficking'] });
    if (persons === 0) continue;
    const womenGirls = read(cube, {
      country,
      month,
      crime_type: ['trafficking'],
      sex_age: ['women', 'girls'],
    });
    out.category.push(region);
    out.value.push(protectShare(womenGirls, persons));
    out.base!.push(persons);
  }
  return out;
}
