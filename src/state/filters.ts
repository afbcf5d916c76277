import type { CrimeType, ExploitationForm, SexAge } from '../schema/incident.ts';

/**
 * The filters every view shares. Plain serialisable data: it goes into the URL, saved views
 * and export provenance. An empty list means "no restriction".
 */
export interface Filters {
  /** Inclusive month range, `YYYY-MM`; null = whole period. */
  period: readonly [string, string] | null;
  crimeTypes: readonly CrimeType[];
  /** Sex/age categories counted; also restricts to incidents with persons in them. */
  sexAge: readonly SexAge[];
  exploitation: readonly ExploitationForm[];
  origin: readonly string[];
  transit: readonly string[];
  destination: readonly string[];
  /** Country of detection. */
  detection: readonly string[];
  routes: readonly string[];
  offices: readonly string[];
}

/** A filter dimension, used to say which one a view must not be filtered by (cross-filtering). */
export type FilterKey = keyof Filters;

/** The list filters: every filter but the period, in a fixed order (keys, URLs, neighbours). */
export const LIST_FILTER_KEYS: readonly Exclude<FilterKey, 'period'>[] = [
  'crimeTypes',
  'sexAge',
  'exploitation',
  'origin',
  'transit',
  'destination',
  'detection',
  'routes',
  'offices',
];

/** No restriction at all. */
export const EMPTY_FILTERS: Filters = {
  period: null,
  crimeTypes: [],
  sexAge: [],
  exploitation: [],
  origin: [],
  transit: [],
  destination: [],
  detection: [],
  routes: [],
  offices: [],
};

/** Adds or removes one value of a list filter (a click on a legend, a country, a bar). */
export function toggleValue<K extends Exclude<FilterKey, 'period'>>(
  filters: Filters,
  key: K,
  value: Filters[K][number],
): Filters {
  const list = filters[key] as readonly string[];
  const next = list.includes(value as string) ? list.filter((v) => v !== value) : [...list, value as string];
  return { ...filters, [key]: next };
}

/** How many filter dimensions are active, for the "clear all" affordance. */
export function activeFilterCount(filters: Filters): number {
  return (Object.keys(filters) as FilterKey[]).filter((k) =>
    k === 'period' ? filters.period !== null : (filters[k] as readonly string[]).length > 0,
  ).length;
}
