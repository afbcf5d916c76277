import { EMPTY_FILTERS, type FilterKey, type Filters, LIST_FILTER_KEYS } from './filters.ts';
import { addMonths } from './months.ts';

/** Options of {@link viewNeighbours}. */
export interface ViewNeighbourOptions {
  /** Filters the view ignores (a breakdown by exploitation ignores the exploitation filter). */
  ignore?: readonly FilterKey[];
  /** First and last month of the data (`YYYY-MM`), for the neighbours of "the whole period". */
  months?: readonly [string, string] | null;
}

/**
 * The views one click away from `filters` that a differencing guard on this view must
 * compare with, for a view that applies every filter before counting (a breakdown chart,
 * the map's figures; not a slice of the protected view cube): for each active list filter,
 * one value removed and the whole filter removed (with two or more active, also no list
 * filter at all), as in guard-neighbours.ts; the period with one end moved a month outwards
 * (within the data's months) and the whole period ("Whole period"); and every filter
 * cleared ("Clear all"). Of two views one click apart, at least one lists the other, so the
 * guard run on whichever is shown compares the pair. A period moved inwards is not listed:
 * that narrower view lists this one (its outward move) and hides what differs, and hiding it
 * on both sides would only hide more. So the whole period with no filter has no neighbour.
 * Returned without duplicates and without the view itself; ignored filters are left as they
 * are. Pure.
 */
export function viewNeighbours(filters: Filters, options: ViewNeighbourOptions = {}): Filters[] {
  const ignore = new Set(options.ignore ?? []);
  const out = new Map<string, Filters>();
  const self = JSON.stringify(filters);
  const add = (f: Filters): void => {
    const key = JSON.stringify(f);
    if (key !== self) out.set(key, f);
  };
  const active = LIST_FILTER_KEYS.filter((key) => !ignore.has(key) && filters[key].length > 0);
  for (const key of active) {
    const values = filters[key];
    for (const v of values) add({ ...filters, [key]: values.filter((x) => x !== v) });
    add({ ...filters, [key]: [] });
  }
  if (active.length > 1) {
    const none: Record<string, unknown> = { ...filters };
    for (const key of active) none[key] = EMPTY_FILTERS[key];
    add(none as unknown as Filters);
  }
  if (!ignore.has('period')) {
    for (const period of periodNeighbours(filters.period, options.months)) add({ ...filters, period });
    // "Whole period" is one click from any period.
    if (filters.period !== null) add({ ...filters, period: null });
  }
  // "Clear all" is one click from anything: every filter the view reads back to none.
  const cleared: Record<string, unknown> = { ...EMPTY_FILTERS };
  for (const key of ignore) cleared[key] = filters[key];
  add(cleared as unknown as Filters);
  return [...out.values()];
}

/** Periods one end of `period` moved a month outwards, inside the data; see {@link viewNeighbours}. */
function periodNeighbours(
  period: Filters['period'],
  months: readonly [string, string] | null | undefined,
): [string, string][] {
  if (period === null) return [];
  const valid = (m: string | undefined): m is string => m !== undefined && /^\d{4}-\d{2}$/.test(m);
  const first = valid(months?.[0]) ? months[0] : null;
  const last = valid(months?.[1]) ? months[1] : null;
  const [a, b] = period;
  const out: [string, string][] = [];
  if (first === null || a > first) out.push([addMonths(a, -1), b]);
  if (last === null || b < last) out.push([a, addMonths(b, 1)]);
  return out;
}
