import type { FilterKey, Filters } from '../../state/filters.ts';
import type { FlowEnds, FlowSplit } from '../flows-query.ts';
import { ALWAYS_FREE, activeFor } from './active.ts';
import type { CubeNeed } from './choose-source.ts';
import type { CubeSpec } from './cube-spec.ts';
import { sameCube } from './derive.ts';
import { type CubeDim, FILTER_DIM, isFilterSet } from './dims.ts';
import { VIEW_NEEDS } from './needs.ts';

/** Options of {@link planCubes}. */
export interface PlanOptions {
  /**
   * The filters the user changed, most recent first (nextActive in active.ts); each wide cube
   * keeps the first few free (activeFor). Default: the period.
   */
  active?: readonly FilterKey[];
  /** Grid cell size of the current zoom (the grid cube serves this size). */
  cellDegrees: number;
  /** Split of the flow layer (the flows cube keeps only that category column). */
  flowSplit?: FlowSplit;
  /** Where flows end: with admin-1 ends the flows cube also keeps `admin1`. */
  flowEnds?: FlowEnds;
}

/**
 * One cube per group of views that read the same columns (plus the flows cube, by split).
 * `guarded` views count every view one click away on each change (the breakdown charts,
 * src/app/charts/guarded-breakdown.ts), and those views trim or clear the filters that are
 * set: such a cube bakes nothing and keeps every set filter free, so one cube answers the
 * view and all its neighbours (their cubes are small: a category, the month and a few filter
 * columns).
 */
const GROUPS: readonly { name: string; need: CubeNeed; guarded?: true }[] = [
  { name: 'cube_routes', need: VIEW_NEEDS.routes },
  { name: 'cube_grid', need: { dims: ['cell', 'crime_type'], personsOnly: true } },
  { name: 'cube_series', need: { dims: ['month', 'crime_type', 'country'], exclude: ['period'] } },
  { name: 'cube_people', need: VIEW_NEEDS.people },
  { name: 'cube_exploitation', need: VIEW_NEEDS.exploitation, guarded: true },
  { name: 'cube_nationalities', need: VIEW_NEEDS.nationalities, guarded: true },
  { name: 'cube_detection', need: VIEW_NEEDS.detection, guarded: true },
];

/** The filters that are set (a period, or a non-empty list). */
function setFilters(filters: Filters): FilterKey[] {
  return (Object.keys(FILTER_DIM) as FilterKey[]).filter((k) => isFilterSet(filters[k]));
}

function cleared(filters: Filters, keys: readonly FilterKey[]): Filters {
  const out: Record<string, unknown> = { ...filters };
  for (const k of keys) out[k] = k === 'period' ? null : [];
  return out as unknown as Filters;
}

/** Suffix of a group's fitted cube (`cube_routes_fit`). */
export const FIT_SUFFIX = '_fit';

/**
 * The cubes to build for the current filters while the user brushes `active` (Mosaic's
 * "active view" indexes), in two tiers per view group:
 * - a wide cube (`cube_routes`) with the group's columns plus the active dimensions free (the
 *   period and the filters changed most recently) and every other filter baked in, so
 *   changing one of those filters again is answered at once, without a rebuild;
 * - a fitted cube (`cube_routes_fit`) that keeps only the period and the crime type free (the
 *   split every view draws, three values) and bakes the rest, so a brush reads the fewest
 *   rows. It is summed from the wide cube (derive.ts), and withdrawn and rebuilt when a
 *   filter it bakes changes, while the views read the wide cube.
 * Guarded views (the breakdowns) also keep every set filter free in both tiers: their
 * neighbours trim or clear those. The map layers' groups count persons only and keep the
 * sex/age filter free without a dimension (CubeNeed.personsOnly): with it as a dimension,
 * their wide cubes held 2.2–2.6× more rows at 100k incidents (flows about 4× at 1M).
 * chooseSource picks the lightest cube that answers. Two specs that come out as the same
 * table (a fitted cube equal to its wide one, the people and series cubes while no sex/age
 * filter is set) are planned once. Pure.
 */
export function planCubes(filters: Filters, options: PlanOptions): CubeSpec[] {
  const active = options.active ?? ['period'];
  const flows = {
    name: 'cube_flows',
    need: VIEW_NEEDS.flows(options.flowSplit ?? 'crime_type', options.flowEnds ?? 'country'),
  };
  const groups: readonly { name: string; need: CubeNeed; guarded?: true }[] = [flows, ...GROUPS];
  const cube = (name: string, need: CubeNeed, keys: readonly FilterKey[]): CubeSpec => {
    // In one order whatever the order of the keys, so equal plans compare equal.
    const free = (Object.keys(FILTER_DIM) as FilterKey[]).filter((k) => keys.includes(k));
    // Filters the views ignore are cleared, not kept as dimensions: the views never test them.
    // So is the sex/age filter in a persons-only group: its views test it on the summed counts
    // every cube has (CubeNeed.personsOnly), so a sex/age change never rebuilds the map's cubes.
    const excluded = need.exclude ?? [];
    const unbaked: readonly FilterKey[] = need.personsOnly ? ['sexAge'] : [];
    const base = cleared(filters, [...free, ...excluded, ...unbaked]);
    // Baked filters keep their column too (only the selected values, so few more rows):
    // the views' predicates name it.
    const baked = (Object.keys(FILTER_DIM) as FilterKey[]).filter(
      (k) => k !== 'sexAge' && base[k] !== null && (base[k] as readonly string[]).length > 0,
    );
    const kept = [...free.filter((k) => !excluded.includes(k)), ...baked];
    const dims = new Set<CubeDim>([...need.dims, ...kept.map((k) => FILTER_DIM[k])]);
    const spec: CubeSpec = { name, dims: [...dims], base };
    return dims.has('cell') ? { ...spec, cells: [options.cellDegrees] } : spec;
  };
  const specs = groups.flatMap(({ name, need, guarded }) => {
    const set = guarded ? setFilters(filters) : [];
    return [
      cube(name, need, [...new Set([...activeFor(active, need), ...ALWAYS_FREE, ...set])]),
      cube(`${name}${FIT_SUFFIX}`, need, [...new Set([...ALWAYS_FREE, ...set])]),
    ];
  });
  return specs.filter((s, i) => !specs.slice(0, i).some((earlier) => sameCube(earlier, s)));
}
