import { ALERTS_VIEW, type ViewQuery, viewQueries } from '../../../../src/query/cube/view-queries.ts';

/** Test helper: a view case is a view query of src/query/cube/view-queries.ts. */
export type ViewCase = ViewQuery;

/** Test helper: every brushed view at grid cell `cell`, with small top-N so ties at the cut are exercised. */
export function viewCases(cell: number): ViewCase[] {
  return viewQueries({ cellDegrees: cell, topFlows: 40, topRoutes: 25 });
}

/** Test helper: the alert scan. */
export const ALERTS_CASE: ViewCase = ALERTS_VIEW;
