import { CUBE_FILTER_KEYS, type ViewMeasure } from '../../query/view-cube-query.ts';
import { EMPTY_FILTERS, type FilterKey, type Filters, LIST_FILTER_KEYS } from '../../state/filters.ts';

/** A list filter that is applied before the view cube is counted (not one of its dimensions). */
export type OuterFilterKey = Exclude<FilterKey, 'period'>;

/** The list filters that are not dimensions of the view cube of `measure`. */
export function outerFilterKeys(measure: ViewMeasure): OuterFilterKey[] {
  const inner = new Set<FilterKey>(CUBE_FILTER_KEYS[measure]);
  return LIST_FILTER_KEYS.filter((key) => !inner.has(key));
}

/**
 * Only the filters applied before counting, each list sorted (the order of values does not
 * change the counts); every cube dimension left free. Two views with the same outer filters
 * read the same cube. Pure.
 */
export function outerFilters(filters: Filters, measure: ViewMeasure): Filters {
  const out: Record<string, unknown> = { ...EMPTY_FILTERS };
  for (const key of outerFilterKeys(measure)) out[key] = [...(filters[key] as readonly string[])].sort();
  return out as unknown as Filters;
}

/** The cache key of a view cube: measure, k and the outer filters. */
export function viewCubeKey(filters: Filters, measure: ViewMeasure, k: number): string {
  return JSON.stringify([measure, k, outerFilters(filters, measure)]);
}

/**
 * The neighbouring views the differencing guard compares the cube with: for every active
 * outer filter, the same filters with one of its values removed (a smaller view: the lists
 * are unions, "any of these") and with the whole filter removed (a larger one); with two or
 * more outer filters active, also none at all. Of two views one click apart (a value
 * toggled), the one with more values, or with the filter at all, lists the other, so every
 * such pair is compared by one of the two. Returned outer-only and without duplicates; the
 * view itself never appears.
 */
export function guardNeighbours(filters: Filters, measure: ViewMeasure): Filters[] {
  const view = outerFilters(filters, measure);
  const active = outerFilterKeys(measure).filter((key) => (view[key] as readonly string[]).length > 0);
  const out = new Map<string, Filters>();
  const add = (f: Filters) => out.set(JSON.stringify(f), f);
  for (const key of active) {
    const values = view[key] as readonly string[];
    for (const v of values) add({ ...view, [key]: values.filter((x) => x !== v) });
    add({ ...view, [key]: [] });
  }
  if (active.length > 1) add(outerFilters(EMPTY_FILTERS, measure));
  return [...out.values()];
}
