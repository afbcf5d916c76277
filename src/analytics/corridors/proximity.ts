import type { ScoreSegment } from './line-set.ts';
import { type NearPairCache, type NearPairs, nearPairs, type PolygonsOf } from './near-pairs.ts';
import { buildPositionIndex, type PositionIndex } from './position-index.ts';
import type { PreparedCorridors } from './prepare-corridors.ts';
import { type AggregatedPositions, type MonthRange, SEX_AGE_COUNT } from './types.ts';

/** Options of {@link corridorProximity}. */
export interface ProximityOptions {
  /** Buffer around each corridor, km (default 25). */
  distanceKm?: number;
  /** The analysed period; the previous period of equal length is counted too. */
  period: MonthRange;
  /** Number of crime-type codes (rows with a code ≥ this are ignored). */
  crimeTypeCount: number;
  /** A position index built earlier from the same lon/lat arrays, to skip rebuilding it. */
  positionIndex?: PositionIndex;
  /**
   * Near pairs remembered from earlier runs with the same corridors and distance (see
   * corridorNearCache); only positions not seen before are searched. Mutated.
   */
  nearCache?: NearPairCache;
}

/** The polygons of each prepared corridor, for the near search. */
export function corridorPolygons(prepared: PreparedCorridors): PolygonsOf {
  return (owner) => ({
    polygons: prepared.corridors[owner]!.polygons,
    box: prepared.corridors[owner]!.polygonBox,
  });
}

/**
 * Weights of incidents near each score segment, month by month. Layout (row-major):
 * `byCrimeMonth[(segment * crimeTypeCount + crimeType) * months + (month - window.from)]`,
 * `bySexAgeMonth[(segment * 5 + category) * months + (month - window.from)]`.
 * `window` spans the previous period and the analysed one.
 */
export interface ProximityResult {
  distanceKm: number;
  period: MonthRange;
  previous: MonthRange;
  window: MonthRange;
  months: number;
  crimeTypeCount: number;
  scoreSegments: ScoreSegment[];
  byCrimeMonth: Float64Array;
  bySexAgeMonth: Float64Array | null;
  /** Distinct positions within the distance, per corridor (all months). */
  positionsNear: Int32Array;
}

/** The period of equal length just before `period`. */
export function previousPeriod(period: MonthRange): MonthRange {
  const length = period.to - period.from + 1;
  return { from: period.from - length, to: period.from - 1 };
}

/**
 * Incidents within `distanceKm` of each corridor (inside a polygon corridor counts as
 * distance 0), by score segment × crime type × month and score segment × sex/age × month.
 * An incident position near a corridor is credited to the corridor's score segment nearest
 * to it, so it counts once per corridor (and may count for several corridors).
 * Pure apart from `options.nearCache`; O(n) to group positions, plus one index search per
 * corridor segment (none for positions the cache has seen). Weights are summed position by
 * position in index order, so a run with or without a cache gives the same bits.
 */
export function corridorProximity(
  prepared: PreparedCorridors,
  data: AggregatedPositions,
  options: ProximityOptions,
): ProximityResult {
  const distanceKm = options.distanceKm ?? 25;
  const { period, crimeTypeCount } = options;
  const previous = previousPeriod(period);
  const window = { from: previous.from, to: period.to };
  const months = window.to - window.from + 1;
  const segCount = prepared.scoreSegments.length;
  const byCrimeMonth = new Float64Array(segCount * crimeTypeCount * months);
  const sexAge = data.sexAge ?? null;
  const bySexAgeMonth = sexAge ? new Float64Array(segCount * SEX_AGE_COUNT * months) : null;
  const positionsNear = new Int32Array(prepared.corridors.length);
  const pos = options.positionIndex ?? buildPositionIndex(data.lon, data.lat);
  const cache = options.nearCache;
  const usable = cache && cache.geo === prepared.geo && cache.distanceKm === distanceKm;
  const pairs: NearPairs = usable
    ? cache.pairsFor(pos)
    : nearPairs(prepared.geo, pos, distanceKm, corridorPolygons(prepared));
  const { month, crimeType, weight } = data;
  for (let p = 0; p < pos.count; p++) {
    for (let k = pairs.start[p]!; k < pairs.start[p + 1]!; k++) {
      positionsNear[pairs.owner[k]!]!++;
      const seg = pairs.seg[k]!;
      for (let i = pos.rowStart[p]!; i < pos.rowStart[p + 1]!; i++) {
        const r = pos.rows[i]!;
        const m = month[r]! - window.from;
        const ct = crimeType[r]!;
        if (m < 0 || m >= months || ct >= crimeTypeCount) continue;
        byCrimeMonth[(seg * crimeTypeCount + ct) * months + m]! += weight[r]!;
        if (sexAge && bySexAgeMonth) {
          for (let c = 0; c < SEX_AGE_COUNT; c++) {
            bySexAgeMonth[(seg * SEX_AGE_COUNT + c) * months + m]! += sexAge[r * SEX_AGE_COUNT + c]!;
          }
        }
      }
    }
  }
  return {
    distanceKm,
    period,
    previous,
    window,
    months,
    crimeTypeCount,
    scoreSegments: prepared.scoreSegments,
    byCrimeMonth,
    bySexAgeMonth,
    positionsNear,
  };
}

/**
 * Sum of one score segment's weight over a month range (clipped to the result's window),
 * for all crime types or one.
 */
export function segmentWeight(
  result: ProximityResult,
  segment: number,
  range: MonthRange,
  crimeType?: number,
): number {
  const { months, crimeTypeCount, window } = result;
  const from = Math.max(range.from, window.from) - window.from;
  const to = Math.min(range.to, window.to) - window.from;
  let sum = 0;
  const first = crimeType ?? 0;
  const last = crimeType ?? crimeTypeCount - 1;
  for (let ct = first; ct <= last; ct++) {
    const base = (segment * crimeTypeCount + ct) * months;
    for (let m = from; m <= to; m++) sum += result.byCrimeMonth[base + m]!;
  }
  return sum;
}
