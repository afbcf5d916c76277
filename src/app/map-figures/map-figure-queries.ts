import { variantsQuery } from '../../query/variants-query.ts';
import { viewNeighbours } from '../../state/view-neighbours.ts';
import { flowsLayerSql, gridLayerSql, type MapLayerSqlInput, routeFiguresSql } from '../map-layer-sql.ts';

/** A map layer whose figures can be guarded. */
export type FigureLayer = 'flows' | 'routes' | 'grid';

/** The figure layer of a deck.gl layer id (the grid layer's id is `incidents`), or null. */
export function figureLayerOf(layerId: string | undefined): FigureLayer | null {
  if (layerId === 'flows' || layerId === 'routes') return layerId;
  return layerId === 'incidents' ? 'grid' : null;
}

const BUILDERS: Record<FigureLayer, { sql: (input: MapLayerSqlInput) => string; orderBy: string }> = {
  flows: { sql: flowsLayerSql, orderBy: 'persons DESC, origin, destination, category' },
  routes: { sql: routeFiguresSql, orderBy: 'persons DESC, route, crime_type, origin, transit, destination' },
  grid: { sql: gridLayerSql, orderBy: 'x, y, crime_type' },
};

/**
 * One statement with a layer's figures in the view (variant 0) and in every view one click
 * away (viewNeighbours: a filter value or filter removed, the period moved by a month, the
 * whole period, clear all), each variant on the cube that answers its own filters. What
 * guard-map-figures.ts reads. `months` is the data's first and last month. Pure.
 */
export function mapFigureVariantsSql(
  layer: FigureLayer,
  input: MapLayerSqlInput,
  months: readonly [string, string] | null,
): string {
  const { sql, orderBy } = BUILDERS[layer];
  const views = [input.filters, ...viewNeighbours(input.filters, { months })];
  return variantsQuery(
    views.map((filters) => sql({ ...input, filters })),
    orderBy,
  );
}
