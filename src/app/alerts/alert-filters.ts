import type { Alert } from '../../analytics/alerts/alert-types.ts';
import type { Filters } from '../../state/filters.ts';
import { addMonths } from '../../state/months.ts';

/** Months shown on each side of an alert's month when it is opened on the map. */
export const ALERT_WINDOW_MONTHS = 2;

/** Separator of origin and destination in an OD alert key (see `alertSeriesQuery`). */
export const OD_SEPARATOR = '→';

function monthKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Origin and destination of an OD key `ORIGIN→DESTINATION`; null when malformed. */
export function splitOdKey(key: string): readonly [string, string] | null {
  const i = key.indexOf(OD_SEPARATOR);
  if (i <= 0 || i >= key.length - OD_SEPARATOR.length) return null;
  return [key.slice(0, i), key.slice(i + OD_SEPARATOR.length)];
}

/**
 * The filters that isolate an alert on the map: its key (country of detection, route, or
 * origin + destination; a corridor has no filter, so only the period) and the months around it, `window` months on each side, clipped to
 * the data's `extent` (`YYYY-MM`) when given.
 */
export function alertToFilters(
  alert: Pick<Alert, 'keyKind' | 'key' | 'month'>,
  extent?: readonly [string, string],
  window = ALERT_WINDOW_MONTHS,
): Partial<Filters> {
  const month = monthKey(alert.month);
  let from = addMonths(month, -window);
  let to = addMonths(month, window);
  if (extent?.[0] && from < extent[0]) from = extent[0];
  if (extent?.[1] && to > extent[1]) to = extent[1];
  const period: readonly [string, string] = [from, to];
  if (alert.keyKind === 'country') return { detection: [alert.key], period };
  if (alert.keyKind === 'route') return { routes: [alert.key], period };
  if (alert.keyKind === 'corridor') return { period };
  const od = splitOdKey(alert.key);
  return od ? { origin: [od[0]], destination: [od[1]], period } : { period };
}
