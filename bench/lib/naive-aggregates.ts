import { centroidOf } from '../../src/geo/countries.ts';
import { subregionOf } from '../../src/geo/subregions.ts';
import { SEX_AGE, type SexAge } from '../../src/schema/incident.ts';
import type { Filters } from '../../src/state/filters.ts';
import type { NaiveRow } from './naive-rows.ts';
import { CELL_DEGREES, TOP_FLOWS, TOP_ROUTES } from './workload.ts';

/**
 * The naive baseline's aggregates: each view filters the whole array of row objects and
 * reduces it into a Map, as a dashboard without a query engine does. They return the same
 * groups the SQL builders return (top-N, positions), so the work compared is the same.
 */

type Pred = (r: NaiveRow) => boolean;
type Measure = (r: NaiveRow) => number;

/** The shared filters as a JS predicate (the filterPredicate of src/query/filters.ts). */
export function toPredicate(f: Filters, ignorePeriod = false): Pred {
  const period = ignorePeriod ? null : f.period;
  const crimes = f.crimeTypes.length ? new Set<string>(f.crimeTypes) : null;
  const countries = f.detection.length ? new Set(f.detection) : null;
  const measure = toMeasure(f);
  const sexAge = f.sexAge.length > 0;
  return (r) =>
    (!period || (r.month >= period[0] && r.month <= period[1])) &&
    (!crimes || crimes.has(r.crime_type)) &&
    (!countries || countries.has(r.country)) &&
    (!sexAge || measure(r) > 0);
}

/** Persons in the selected sex/age categories. */
export function toMeasure(f: Filters): Measure {
  const cols: readonly SexAge[] = f.sexAge.length ? f.sexAge : SEX_AGE;
  return (r) => {
    let n = 0;
    for (const c of cols) n += r[c];
    return n;
  };
}

interface Acc {
  incidents: number;
  persons: number;
}

function groupBy(
  rows: readonly NaiveRow[],
  pred: Pred,
  key: (r: NaiveRow) => string,
  m: Measure,
): Map<string, Acc> {
  const out = new Map<string, Acc>();
  for (const r of rows) {
    if (!pred(r)) continue;
    const k = key(r);
    const acc = out.get(k);
    const n = m(r);
    if (acc) {
      acc.incidents++;
      acc.persons += n;
    } else out.set(k, { incidents: 1, persons: n });
  }
  return out;
}

function top(groups: Map<string, Acc>, n: number): [string, Acc][] {
  return [...groups]
    .filter(([, a]) => a.persons > 0)
    .sort((a, b) => b[1].persons - a[1].persons)
    .slice(0, n);
}

const all: Measure = (r) => r.persons;

/** month × crime type × country. */
export function naiveMonthCrimeCountry(rows: readonly NaiveRow[], f: Filters): Map<string, Acc> {
  return groupBy(rows, toPredicate(f), (r) => `${r.month}|${r.crime_type}|${r.country}`, toMeasure(f));
}

/** Origin → destination flows by crime type, top N, with anchor positions. */
export function naiveFlows(rows: readonly NaiveRow[], f: Filters): Float32Array {
  const pred = toPredicate(f);
  const keep: Pred = (r) =>
    pred(r) && r.origin !== null && r.destination !== null && r.origin !== r.destination;
  const flows = top(
    groupBy(rows, keep, (r) => `${r.origin}|${r.destination}|${r.crime_type}`, toMeasure(f)),
    TOP_FLOWS,
  );
  const out = new Float32Array(flows.length * 4);
  flows.forEach(([k], i) => {
    const [o, d] = k.split('|');
    out.set([...(centroidOf(o!) ?? [0, 0]), ...(centroidOf(d!) ?? [0, 0])], i * 4);
  });
  return out;
}

/** Multi-leg routes (route, crime type, origin, transit, destination), top N, with paths. */
export function naiveRoutes(rows: readonly NaiveRow[], f: Filters): Float32Array[] {
  const pred = toPredicate(f);
  const keep: Pred = (r) => pred(r) && r.origin !== null && r.destination !== null;
  const key = (r: NaiveRow) =>
    [r.route ?? '', r.crime_type, r.origin, r.transit.join('>'), r.destination].join('|');
  return top(groupBy(rows, keep, key, toMeasure(f)), TOP_ROUTES).map(([k]) => {
    const [, , o, t, d] = k.split('|');
    const stops = [o!, ...(t ? t.split('>') : []), d!];
    return Float32Array.from(stops.flatMap((s) => [...(centroidOf(s) ?? [0, 0])]));
  });
}

/** Incident density on the default 2° grid, persons by crime type per cell. */
export function naiveGrid(rows: readonly NaiveRow[], f: Filters): Map<string, Acc> {
  const pred = toPredicate(f);
  const keep: Pred = (r) => pred(r) && r.lat !== null && r.lon !== null;
  const c = CELL_DEGREES;
  return groupBy(
    rows,
    keep,
    (r) => `${Math.floor(r.lon! / c)}|${Math.floor(r.lat! / c)}|${r.crime_type}`,
    toMeasure(f),
  );
}

/** All three map layers. */
export function naiveMap(rows: readonly NaiveRow[], f: Filters): void {
  naiveFlows(rows, f);
  naiveRoutes(rows, f);
  naiveGrid(rows, f);
}

/** Monthly series per crime type (cross-filtered: not by its own period). */
export function naiveSeries(rows: readonly NaiveRow[], f: Filters): Map<string, Acc> {
  return groupBy(rows, toPredicate(f, true), (r) => `${r.month}|${r.crime_type}`, all);
}

/** Sex/age totals and the same by crime type. */
export function naiveComposition(rows: readonly NaiveRow[], f: Filters): Map<string, number[]> {
  const pred = toPredicate(f);
  const out = new Map<string, number[]>();
  for (const r of rows) {
    if (!pred(r)) continue;
    for (const key of ['all', r.crime_type]) {
      const acc = out.get(key) ?? [0, 0, 0, 0, 0];
      SEX_AGE.forEach((c, i) => {
        acc[i]! += r[c];
      });
      out.set(key, acc);
    }
  }
  return out;
}

/** Every chart of a brush: series, country series, composition, subregions, categories. */
export function naiveCharts(rows: readonly NaiveRow[], f: Filters): void {
  const pred = toPredicate(f);
  naiveSeries(rows, f);
  const byCountryMonth = groupBy(rows, toPredicate(f, true), (r) => `${r.country}|${r.month}`, all);
  const totals = new Map<string, Acc>();
  for (const [k, a] of byCountryMonth) {
    const t = totals.get(k.slice(0, 3)) ?? { incidents: 0, persons: 0 };
    t.incidents += a.incidents;
    totals.set(k.slice(0, 3), t);
  }
  top(totals, 12);
  naiveComposition(rows, f);
  const trafficking: Pred = (r) => pred(r) && r.crime_type === 'trafficking';
  groupBy(
    rows,
    trafficking,
    (r) => subregionOf(r.country),
    (r) => r.women + r.girls,
  );
  const forms = new Map<string, number>();
  for (const r of rows) {
    if (!pred(r)) continue;
    for (const e of r.exploitation.length ? r.exploitation : ['unknown'])
      forms.set(e, (forms.get(e) ?? 0) + r.persons);
  }
  top(
    groupBy(rows, pred, (r) => r.nationality ?? 'unknown', all),
    10,
  );
  groupBy(rows, pred, (r) => r.detection_source ?? 'unknown', all);
}
