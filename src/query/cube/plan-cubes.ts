import type { FilterKey, Filters } from '../../state/filters.ts';
import type { FlowEnds, FlowSplit } from '../flows-query.ts';
import type { CubeNeed } from './choose-source.ts';
import type { CubeSpec } from './cube-spec.ts';
import { sameCube } from './derive.ts';
import { type CubeDim, FILTER_DIM } from './dims.ts';
import { VIEW_NEEDS } from './needs.ts';

/** Options of {@link planCubes}. */
export interface PlanOptions {
  /** Filters the user is brushing (kept free in every cube); default the period. */
  active?: readonly FilterKey[];
  /** Grid cell size of the current zoom (the grid cube serves this size). */
  cellDegrees: number;
  /** Split of the flow layer (the flows cube keeps only that category column). */
  flowSplit?: FlowSplit;
  /** Where flows end: with admin-1 ends the flows cube also keeps `admin1`. */
  flowEnds?: FlowEnds;
}

/** One cube per group of views that read the same columns (plus the flows cube, by split). */
const GROUPS: readonly { name: string; need: CubeNeed }[] = [
  { name: 'cube_routes', need: VIEW_NEEDS.routes },
  { name: 'cube_grid', need: { dims: ['cell', 'crime_type'] } },
  { name: 'cube_series', need: { dims: ['month', 'crime_type', 'country'], exclude: ['period'] } },
  { name: 'cube_people', need: VIEW_NEEDS.people },
  { name: 'cube_exploitation', need: VIEW_NEEDS.exploitation },
  { name: 'cube_nationalities', need: VIEW_NEEDS.nationalities },
  { name: 'cube_detection', need: VIEW_NEEDS.detection },
];

function cleared(filters: Filters, keys: readonly FilterKey[]): Filters {
  const out: Record<string, unknown> = { ...filters };
  for (const k of keys) out[k] = k === 'period' ? null : [];
  return out as unknown as Filters;
}

/**
 * The cubes to build for the current filters while the user brushes `active` (Mosaic's
 * "active view" indexes): each view group gets a cube with its own columns plus the active
 * and self-excluded dimensions kept free, and every other filter baked in. When a non-active
 * filter changes the plan changes, and the caller rebuilds (one scan per cube, or a sum over
 * a larger cube: see derive.ts); brushing within the active dimensions then reads only the
 * cubes. Two groups that come out as the same table (the people and series cubes while no
 * sex/age filter is set) are planned once. Pure.
 */
export function planCubes(filters: Filters, options: PlanOptions): CubeSpec[] {
  const active = options.active ?? ['period'];
  const flows = {
    name: 'cube_flows',
    need: VIEW_NEEDS.flows(options.flowSplit ?? 'crime_type', options.flowEnds ?? 'country'),
  };
  const specs = [flows, ...GROUPS].map(({ name, need }) => {
    // Filters the views ignore are cleared, not kept as dimensions: the views never test them.
    const base = cleared(filters, [...active, ...(need.exclude ?? [])]);
    // Baked filters keep their column too (only the selected values, so few more rows):
    // the views' predicates name it.
    const baked = (Object.keys(FILTER_DIM) as FilterKey[]).filter(
      (k) => k !== 'sexAge' && base[k] !== null && (base[k] as readonly string[]).length > 0,
    );
    const dims = new Set<CubeDim>([...need.dims, ...[...active, ...baked].map((k) => FILTER_DIM[k])]);
    const spec: CubeSpec = { name, dims: [...dims], base };
    return dims.has('cell') ? { ...spec, cells: [options.cellDegrees] } : spec;
  });
  return specs.filter((s, i) => !specs.slice(0, i).some((earlier) => sameCube(earlier, s)));
}
