import type { MapLayerSqlInput } from '../../src/app/map-layer-sql.ts';
import type { Filters } from '../../src/state/filters.ts';

/**
 * The map layers' SQL input of a view at the default camera (country flows split by crime
 * type, 2° grid cells, no clusters) on the raw table, as the tests compare it with the app.
 */
export function layerInput(filters: Filters, k = 5): MapLayerSqlInput {
  return {
    filters,
    flowSplit: 'crime_type',
    flowEnds: 'country',
    k,
    clustered: false,
    cellDegrees: 2,
    cubes: [],
  };
}
