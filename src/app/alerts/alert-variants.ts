import { alertSeriesQuery } from '../../query/alerts-query.ts';
import { chooseSource } from '../../query/cube/choose-source.ts';
import type { CubeSpec } from '../../query/cube/cube-spec.ts';
import { VIEW_NEEDS } from '../../query/cube/needs.ts';
import { filterPredicate } from '../../query/filters.ts';
import { proximityQuery } from '../../query/proximity-query.ts';
import { variantsQuery } from '../../query/variants-query.ts';
import type { Filters } from '../../state/filters.ts';
import { viewNeighbours } from '../../state/view-neighbours.ts';

/**
 * The alert scan's series under the current filters (variant 0) and under every filter state
 * one click away, in one statement. The scan reads every month, so the period is neither
 * applied nor varied. Each variant reads the cube that answers its own filters. Pure.
 */
export function alertVariantsSql(
  filters: Filters,
  cubes: readonly CubeSpec[],
): { sql: string; variants: number } {
  const views = [filters, ...viewNeighbours(filters, { ignore: ['period'] })];
  const sql = variantsQuery(
    views.map((f) =>
      alertSeriesQuery(filterPredicate(f, ['period']), { table: chooseSource(f, VIEW_NEEDS.alerts, cubes) }),
    ),
    'kind, key, month',
  );
  return { sql, variants: views.length };
}

/**
 * Incident positions over every month (the corridor alert series' input) under the current
 * filters (variant 0) and every filter state one click away, in one statement ordered as
 * the position index reads them. Pure.
 */
export function corridorPositionsVariantsSql(filters: Filters): { sql: string; variants: number } {
  const views = [filters, ...viewNeighbours(filters, { ignore: ['period'] })];
  const sql = variantsQuery(
    views.map((f) => proximityQuery({ filters: f, window: null })),
    'lon, lat, month_index, crime_type_code',
  );
  return { sql, variants: views.length };
}
