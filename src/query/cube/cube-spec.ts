import { EMPTY_FILTERS, type Filters } from '../../state/filters.ts';
import { filterPredicate } from '../filters.ts';
import { sqlIdent, sqlNumber } from '../sql.ts';
import { type CubeDim, dimColumn } from './dims.ts';
import { CUBE_WEIGHT, type QuerySource } from './source.ts';

/**
 * A pre-aggregated table of incidents: the dimensions it keeps, and the filters baked into
 * it at build time. As in Mosaic's data-cube indexes, a cube is built for the filters that
 * stay fixed while the user brushes (`base`) and keeps the brushed ("active") dimensions
 * free, so a brush reads a few thousand rows instead of millions.
 */
export interface CubeSpec {
  /** Table name (code-chosen, e.g. `cube_flows`). */
  readonly name: string;
  /** Dimensions kept; everything else is summed away. */
  readonly dims: readonly CubeDim[];
  /** Filters applied when the cube is built (EMPTY_FILTERS for none). */
  readonly base: Filters;
  /** Grid cell sizes (degrees) the `cell` dimension serves; required with `cell`. */
  readonly cells?: readonly number[];
}

/** The summed measure columns of every cube, named as in the incidents table. */
export const MEASURES = ['women', 'men', 'girls', 'boys', 'unknown_sex_age', 'persons'] as const;

/**
 * SQL that (re)builds the cube from the incidents table. Dimensions keep their column names;
 * measures are summed (BIGINT); `incident_count` counts the incidents of a row. With `cell`,
 * rows are grouped by the cell index at every size in `cells`, and `lon`/`lat` hold the
 * smallest coordinates of the row's incidents: all of them fall in the same cell at each of
 * those sizes, so `floor(lon / size)` on the cube equals it on every incident, exactly.
 */
export function cubeTableSQL(spec: CubeSpec, from = 'incidents'): string {
  const select: string[] = [];
  const keys: string[] = [];
  for (const dim of spec.dims) {
    if (dim === 'cell') continue;
    const col = dimColumn(dim);
    select.push(col.select);
    keys.push(col.key);
  }
  if (spec.dims.includes('cell')) {
    const cells = spec.cells ?? [];
    if (cells.length === 0) throw new Error(`cube ${spec.name}: the cell dimension needs cell sizes`);
    for (const c of cells) keys.push(`floor(lon / ${sqlNumber(c)})`, `floor(lat / ${sqlNumber(c)})`);
    select.push('min(lon) AS lon', 'min(lat) AS lat');
  }
  const measures = MEASURES.map((m) => `sum(${m})::BIGINT AS ${m}`);
  return `CREATE OR REPLACE TABLE ${sqlIdent(spec.name)} AS
SELECT ${[...select, ...measures, `count(*)::BIGINT AS ${CUBE_WEIGHT}`].join(',\n  ')}
FROM ${from}
WHERE ${filterPredicate(spec.base)}${keys.length ? `\nGROUP BY ${keys.join(', ')}` : ''}`;
}

/** The source a builder reads when it runs on this cube. */
export function cubeSource(spec: CubeSpec): QuerySource {
  return { table: sqlIdent(spec.name), weight: CUBE_WEIGHT };
}

/**
 * The cube that answers every filter without rebuilding: all filter dimensions kept, nothing
 * baked in. Measured at only ≈ 2× fewer rows than incidents on the synthetic extract (see
 * docs/SCALING.md), so it is a fallback for tools, not the brushing path.
 */
export const FULL_CUBE: CubeSpec = {
  name: 'cube_full',
  dims: [
    'month',
    'crime_type',
    'origin',
    'destination',
    'transit',
    'route',
    'country',
    'office',
    'exploitation',
    'sex_age',
  ],
  base: EMPTY_FILTERS,
};
