import { type FilterKey, type Filters, LIST_FILTER_KEYS } from '../../state/filters.ts';
import type { CubeNeed } from './choose-source.ts';

/**
 * What every cube keeps free, the fitted ones included (besides a guarded view's set
 * filters): the period the user brushes and the crime type every view splits by (three
 * values, so keeping it costs little). See planCubes.
 */
export const ALWAYS_FREE: readonly FilterKey[] = ['period', 'crimeTypes'];

/** How many recently changed filters a wide cube keeps free at most, besides those (each widens it). */
export const MAX_FREE_FILTERS = 3;

/**
 * The filters the user changed, most recent first, after `prev` → `next` (Mosaic's "active"
 * selections): the period, then every list filter ever changed, so that changing one again is
 * answered by the cubes that keep it free instead of a rebuild at every click. Which of them
 * a cube keeps free is {@link activeFor}'s choice. The crime type is free in every cube
 * anyway and never listed. Returns `active` itself when the order is unchanged. Pure.
 */
export function nextActive(
  prev: Filters | null,
  next: Filters,
  active: readonly FilterKey[],
): readonly FilterKey[] {
  if (prev === null) return active;
  const changed = LIST_FILTER_KEYS.filter((k) => {
    if (ALWAYS_FREE.includes(k)) return false;
    const a = prev[k] as readonly string[];
    const b = next[k] as readonly string[];
    return a.length !== b.length || a.some((v, i) => v !== b[i]);
  });
  const fresh = new Set<FilterKey>(changed);
  const order: FilterKey[] = ['period', ...fresh, ...active.filter((k) => k !== 'period' && !fresh.has(k))];
  return order.length === active.length && order.every((k, i) => k === active[i]) ? active : order;
}

/**
 * The recently changed filters a group's wide cube keeps free: the first
 * {@link MAX_FREE_FILTERS} of `active` (most recent first), not counting those every cube
 * keeps free, nor the sex/age filter in a persons-only group, which keeps it free without a
 * dimension (CubeNeed.personsOnly): so a sex/age change never pushes a filter out of the
 * map's cubes. Pure.
 */
export function activeFor(active: readonly FilterKey[], need: CubeNeed): FilterKey[] {
  const listed = active.filter((k) => !ALWAYS_FREE.includes(k) && !(need.personsOnly && k === 'sexAge'));
  return listed.slice(0, MAX_FREE_FILTERS);
}
