import type { AlertKeyKind } from '../../query/alerts-query.ts';
import type { Alert, AlertOptions } from './alert-types.ts';
import { fromMonthNumber } from './keyed-series.ts';

/**
 * Sharp shifts in the sex/age mix: the share of a group (children = girls + boys, or
 * women + girls) among persons in a month against the pooled trailing 12 months, by a
 * two-proportion z-test (the square of z is the 2×2 chi-square without continuity
 * correction). Persons are clustered within cases, so the threshold is stricter than the
 * nominal 1.96 (see `mixZThreshold`).
 * @param group counts of the group per month; `persons` the base
 * @param code explanation code, e.g. `alert.children_share_shift`
 */
export function mixShift(
  group: Float64Array,
  persons: Float64Array,
  offset: number,
  months: number,
  firstMonth: number,
  keyKind: AlertKeyKind,
  key: string,
  code: string,
  options: AlertOptions,
  out: Alert[],
): void {
  let trailingGroup = 0;
  let trailingPersons = 0;
  for (let t = 0; t < months; t++) {
    if (t >= 12) {
      const n = persons[offset + t] as number;
      const month = fromMonthNumber(firstMonth + t);
      if (n >= options.minMixPersons && trailingPersons >= options.minMixPersons && month >= options.since) {
        const g = group[offset + t] as number;
        const p1 = g / n;
        const p0 = trailingGroup / trailingPersons;
        const pooled = (g + trailingGroup) / (n + trailingPersons);
        const se = Math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / trailingPersons));
        const z = se > 0 ? (p1 - p0) / se : 0;
        if (Math.abs(z) >= options.mixZThreshold) {
          out.push({
            kind: 'mix_shift',
            keyKind,
            key,
            month,
            observed: p1,
            expected: p0,
            score: Math.abs(z),
            explanationCode: code,
            params: { z, chiSquare: z * z, group: g, persons: n, trailingGroup, trailingPersons },
          });
        }
      }
      trailingGroup -= group[offset + t - 12] as number;
      trailingPersons -= persons[offset + t - 12] as number;
    }
    trailingGroup += group[offset + t] as number;
    trailingPersons += persons[offset + t] as number;
  }
}
