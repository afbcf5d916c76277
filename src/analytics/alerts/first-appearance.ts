import type { AlertKeyKind } from '../../query/alerts-query.ts';
import type { Alert, AlertOptions } from './alert-types.ts';
import { fromMonthNumber } from './keyed-series.ts';

/**
 * A route or origin→destination pair seen for the first time: its first month with a case
 * comes after at least `minZeroMonths` months of data in which it had none. The score
 * puts it on the same footing as a spike from a zero baseline: observed / max(madFloor, 1).
 */
export function firstAppearance(
  counts: Float64Array,
  offset: number,
  months: number,
  firstMonth: number,
  keyKind: AlertKeyKind,
  key: string,
  options: AlertOptions,
  out: Alert[],
): void {
  let t = 0;
  while (t < months && counts[offset + t] === 0) t++;
  if (t >= months || t < options.minZeroMonths) return;
  const x = counts[offset + t] as number;
  const month = fromMonthNumber(firstMonth + t);
  if (x < options.minObserved || month < options.since) return;
  out.push({
    kind: 'first_appearance',
    keyKind,
    key,
    month,
    observed: x,
    expected: 0,
    score: x / Math.max(options.madFloor, 1),
    explanationCode: keyKind === 'od' ? 'alert.new_od_pair' : `alert.new_${keyKind}`,
    params: { zeroMonths: t },
  });
}
