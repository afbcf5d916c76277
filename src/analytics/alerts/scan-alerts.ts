import { type Alert, type AlertOptions, DEFAULT_ALERT_OPTIONS } from './alert-types.ts';
import { firstAppearance } from './first-appearance.ts';
import type { KeyedSeries } from './keyed-series.ts';
import { mixShift } from './mix-shift.ts';
import { seasonalSpikes } from './seasonal-spikes.ts';

/**
 * Ranking order of alerts: score descending, then later month first, then key. Exported so
 * alerts from several series (SQL keys, corridors) merge into one ranked list.
 */
export function compareAlerts(a: Alert, b: Alert): number {
  return b.score - a.score || b.month - a.month || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The standing alert scan over every key of a {@link KeyedSeries} (countries, routes,
 * OD pairs): seasonal spikes and drops in incidents, first appearances of routes and OD
 * pairs, and shifts in the share of children and of women + girls. Returns alerts ranked
 * by score (ties: later month first, then key), at most `maxAlerts`.
 */
export function scanAlerts(series: KeyedSeries, options: Partial<AlertOptions> = {}): Alert[] {
  const o: AlertOptions = { ...DEFAULT_ALERT_OPTIONS, ...options };
  const out: Alert[] = [];
  const { months, firstMonth } = series;
  for (let r = 0; r < series.keys.length; r++) {
    const keyKind = series.keyKinds[r] as Alert['keyKind'];
    const key = series.keys[r] as string;
    const offset = r * months;
    seasonalSpikes(series.incidents, offset, months, firstMonth, keyKind, key, o, out);
    if (keyKind !== 'country')
      firstAppearance(series.incidents, offset, months, firstMonth, keyKind, key, o, out);
    mixShift(
      series.children,
      series.persons,
      offset,
      months,
      firstMonth,
      keyKind,
      key,
      'alert.children_share_shift',
      o,
      out,
    );
    mixShift(
      series.womenGirls,
      series.persons,
      offset,
      months,
      firstMonth,
      keyKind,
      key,
      'alert.women_girls_share_shift',
      o,
      out,
    );
  }
  out.sort(compareAlerts);
  return out.slice(0, o.maxAlerts);
}
