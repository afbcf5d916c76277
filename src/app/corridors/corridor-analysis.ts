import { concurrenceScores, type SegmentConcurrence } from '../../analytics/corridors/concurrence.ts';
import { type Crossing, routeCorridorCrossings } from '../../analytics/corridors/crossings.ts';
import { type HotspotRow, hotspotFigures, toHotspotRows } from '../../analytics/corridors/hotspots.ts';
import { NearPairCache } from '../../analytics/corridors/near-pairs.ts';
import { buildPositionIndex } from '../../analytics/corridors/position-index.ts';
import type { PreparedCorridors } from '../../analytics/corridors/prepare-corridors.ts';
import {
  corridorPolygons,
  corridorProximity,
  type ProximityResult,
} from '../../analytics/corridors/proximity.ts';
import {
  type RouteBaseline,
  RouteNearCache,
  routeBaseline,
} from '../../analytics/corridors/route-baseline.ts';
import type { AggregatedPositions, MonthRange, RoutePath } from '../../analytics/corridors/types.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';
import { type ScoreSegmentLines, toScoreSegmentLines } from './score-segment-lines.ts';

/** What the corridor analysis runs on. */
export interface CorridorAnalysisInput {
  prepared: PreparedCorridors;
  positions: AggregatedPositions;
  routes: readonly RoutePath[];
  /** The analysed period (month indices); the previous period must be in `positions` too. */
  period: MonthRange;
  distanceKm: number;
  /**
   * The positions and analysed period under each filter state one click away, for the
   * hotspot table's differencing guard (guard-hotspots.ts).
   */
  neighbours?: readonly { positions: AggregatedPositions; period: MonthRange }[];
}

/** Everything the corridor panel and layers show, with raw (unsuppressed) counts. */
export interface CorridorAnalysis {
  crossings: Crossing[];
  proximity: ProximityResult;
  baseline: RouteBaseline;
  scores: SegmentConcurrence[];
  hotspots: HotspotRow[];
  /** hotspotFigures of this analysis and of each neighbour in `input.neighbours`, in order. */
  figures: Float64Array;
  neighbourFigures: Float64Array[];
  /** Drawable pieces of the score segments, for the score layer and for zooming to a row. */
  lines: ScoreSegmentLines;
  /** Wall time of the pure work, ms. */
  elapsedMs: number;
}

/**
 * What one analysis remembers for the next: which positions lie near which corridor segment
 * and near the route paths. Filters and the period change the positions and their counts, not
 * where a position is, so a new run searches only positions it has not seen (see
 * NearPairCache). A new corridor collection or distance starts afresh.
 */
export class AnalysisCaches {
  #near: NearPairCache | null = null;
  readonly routes = new RouteNearCache();

  /** The near-pair cache of these corridors at this distance. */
  nearFor(prepared: PreparedCorridors, distanceKm: number): NearPairCache {
    if (!this.#near || this.#near.geo !== prepared.geo || this.#near.distanceKm !== distanceKm) {
      this.#near = new NearPairCache(prepared.geo, distanceKm, corridorPolygons(prepared));
    }
    return this.#near;
  }
}

/**
 * Runs the corridor analyses in order (see src/analytics/corridors/README.md): crossings of
 * the route paths, incidents near each corridor, the route baseline, concurrence scores and
 * hotspot rows. The position index is built once and shared by proximity and baseline. Pure
 * apart from `caches` (mutated), which make a run after a filter change cheaper and give the
 * same result.
 */
export function analyseCorridors(input: CorridorAnalysisInput, caches?: AnalysisCaches): CorridorAnalysis {
  const start = performance.now();
  const { prepared, positions, routes, period, distanceKm } = input;
  const positionIndex = buildPositionIndex(positions.lon, positions.lat);
  const crossings = routeCorridorCrossings(prepared, routes);
  const proximity = corridorProximity(prepared, positions, {
    distanceKm,
    period,
    crimeTypeCount: CRIME_TYPES.length,
    positionIndex,
    nearCache: caches?.nearFor(prepared, distanceKm),
  });
  const baseline = routeBaseline(routes, positions, period, distanceKm, positionIndex, caches?.routes);
  const scores = concurrenceScores(proximity, baseline, period);
  const hotspots = toHotspotRows(prepared, proximity, scores);
  const lines = toScoreSegmentLines(prepared);
  // The same counts under the neighbouring filters; the near-pair cache makes each a pass
  // over its positions.
  const neighbourFigures = (input.neighbours ?? []).map((nb) =>
    hotspotFigures(
      corridorProximity(prepared, nb.positions, {
        distanceKm,
        period: nb.period,
        crimeTypeCount: CRIME_TYPES.length,
        nearCache: caches?.nearFor(prepared, distanceKm),
      }),
    ),
  );
  return {
    crossings,
    proximity,
    baseline,
    scores,
    hotspots,
    figures: hotspotFigures(proximity),
    neighbourFigures,
    lines,
    elapsedMs: performance.now() - start,
  };
}
