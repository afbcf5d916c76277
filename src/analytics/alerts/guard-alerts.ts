import type { Alert } from './alert-types.ts';
import { type KeyedSeries, toMonthNumber } from './keyed-series.ts';
import { medianMad } from './robust-stats.ts';

/**
 * Which of an alert's figures must be hidden because the same figure under the filters one
 * click away (src/state/view-neighbours.ts, the period left out: the scan reads all months)
 * differs from it by 1..k−1, so that subtracting the two alert panels would give a small
 * count. Counts in 1..k−1 themselves are hidden by the caller (displayCount).
 */
export interface AlertGuard {
  /** The month's count (spikes, drops, first appearances) or the month's share (mix shifts). */
  observed: boolean;
  /** The baseline: the median of the same month in earlier years, or the trailing share. */
  expected: boolean;
  /** Persons of the month (mix shifts). */
  persons: boolean;
}

const small = (d: number, k: number): boolean => d > 0 && d < k;

/** A key's count series in one scan result, by month number; 0 where it has none. */
function seriesReader(series: KeyedSeries) {
  const rows = new Map(series.keys.map((key, r) => [`${series.keyKinds[r]}\u0000${key}`, r]));
  return (
    kind: string,
    key: string,
    column: keyof KeyedSeries & ('incidents' | 'persons' | 'children' | 'womenGirls'),
  ) => {
    const r = rows.get(`${kind}\u0000${key}`);
    return (month: number): number => {
      const t = month - series.firstMonth;
      if (r === undefined || t < 0 || t >= series.months) return 0;
      return series[column][r * series.months + t]!;
    };
  };
}

/** Sum of `at` over the 12 months before `month`. */
function trailing(at: (m: number) => number, month: number): number {
  let sum = 0;
  for (let m = month - 12; m < month; m++) sum += at(m);
  return sum;
}

/**
 * Guards each alert's figures against the same scan under each neighbouring filter state
 * (`neighbours`, one KeyedSeries each, with the keys of `view`: the SQL series for country,
 * route and origin→destination alerts, the corridor series for corridor alerts). Pure.
 */
export function guardAlerts(
  alerts: readonly Alert[],
  view: KeyedSeries,
  neighbours: readonly KeyedSeries[],
  k: number,
): AlertGuard[] {
  const readers = neighbours.map(seriesReader);
  const here = seriesReader(view);
  const scratch = new Float64Array(Math.ceil(view.months / 12) + 2);
  const medianOver = (at: (m: number) => number, months: readonly number[]): number => {
    months.forEach((m, i) => {
      scratch[i] = at(m);
    });
    return months.length ? medianMad(scratch, months.length).median : 0;
  };
  return alerts.map((a) => {
    const month = toMonthNumber(a.month);
    const guard: AlertGuard = { observed: false, expected: false, persons: false };
    if (a.kind === 'mix_shift') {
      const column = a.explanationCode.includes('children') ? 'children' : 'womenGirls';
      for (const read of readers) {
        const group = read(a.keyKind, a.key, column);
        const persons = read(a.keyKind, a.key, 'persons');
        const p = a.params;
        if (small(Math.abs((p.persons ?? 0) - persons(month)), k)) guard.persons = true;
        if (guard.persons || small(Math.abs((p.group ?? 0) - group(month)), k)) guard.observed = true;
        if (
          small(Math.abs((p.trailingGroup ?? 0) - trailing(group, month)), k) ||
          small(Math.abs((p.trailingPersons ?? 0) - trailing(persons, month)), k)
        )
          guard.expected = true;
      }
      return guard;
    }
    // Spikes and drops compare the month with the same month of earlier years (as many as
    // the scan used); a first appearance has no baseline.
    const years = a.kind === 'first_appearance' ? 0 : (a.params.historyYears ?? 0);
    const earlier = Array.from({ length: years }, (_, i) => month - 12 * (i + 1));
    const ownMedian = medianOver(here(a.keyKind, a.key, 'incidents'), earlier);
    for (const read of readers) {
      const counts = read(a.keyKind, a.key, 'incidents');
      if (small(Math.abs(a.observed - counts(month)), k)) guard.observed = true;
      if (years > 0 && small(Math.abs(ownMedian - medianOver(counts, earlier)), k)) guard.expected = true;
    }
    return guard;
  });
}
