import type { AlertKeyKind } from '../../query/alerts-query.ts';
import type { Alert, AlertOptions } from './alert-types.ts';
import { fromMonthNumber } from './keyed-series.ts';
import { medianMad } from './robust-stats.ts';

/**
 * Months of one series that depart from their seasonal baseline. For month t the
 * baseline is the median of the same calendar month in earlier years (only years since the
 * key first had a case, so a young route is not compared with the zeros before it), and
 * the robust z is (x − median) / max(1.4826·MAD, madFloor, √max(median, 1)). Needs at
 * least `minHistoryYears` earlier values. Pushes spike (and, if enabled, drop) alerts.
 * @param counts the series, `months` values starting at `offset` in the matrix row
 */
export function seasonalSpikes(
  counts: Float64Array,
  offset: number,
  months: number,
  firstMonth: number,
  keyKind: AlertKeyKind,
  key: string,
  options: AlertOptions,
  out: Alert[],
): void {
  let start = 0;
  while (start < months && counts[offset + start] === 0) start++;
  const scratch = new Float64Array(Math.ceil(months / 12) + 1);
  const firstCheck = start + 12 * options.minHistoryYears;
  for (let t = firstCheck; t < months; t++) {
    const month = fromMonthNumber(firstMonth + t);
    if (month < options.since) continue;
    let n = 0;
    for (let s = t - 12; s >= start; s -= 12) scratch[n++] = counts[offset + s] as number;
    const { median, mad } = medianMad(scratch, n);
    const x = counts[offset + t] as number;
    const scale = Math.max(1.4826 * mad, options.madFloor, Math.sqrt(Math.max(median, 1)));
    const z = (x - median) / scale;
    const up = z >= options.zThreshold && x >= options.minObserved;
    const down = options.includeDrops && z <= -options.zThreshold && median >= options.minObserved;
    if (!up && !down) continue;
    out.push({
      kind: up ? 'spike' : 'drop',
      keyKind,
      key,
      month,
      observed: x,
      expected: median,
      score: Math.abs(z),
      explanationCode: up ? 'alert.spike' : 'alert.drop',
      params: { z, median, mad, scale, historyYears: n },
    });
  }
}
