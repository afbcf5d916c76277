import { ALERTS_VIEW, type ViewQuery, viewQueries } from '../../../../src/query/cube/view-queries.ts';
import type { FlowEnds, FlowSplit } from '../../../../src/query/flows-query.ts';

/** Test helper: a view case is a view query of src/query/cube/view-queries.ts. */
export type ViewCase = ViewQuery;

/** Test helper: every brushed view at grid cell `cell`, with a small routes top-N so ties at the cut are exercised. */
export function viewCases(
  cell: number,
  flowSplit: FlowSplit = 'crime_type',
  flowEnds: FlowEnds = 'country',
): ViewCase[] {
  return viewQueries({ cellDegrees: cell, flowSplit, flowEnds, topRoutes: 25 });
}

/** Test helper: the three flow splits. */
export const FLOW_SPLITS: readonly FlowSplit[] = ['crime_type', 'sex_age', 'exploitation'];

/** Test helper: the alert scan. */
export const ALERTS_CASE: ViewCase = ALERTS_VIEW;
