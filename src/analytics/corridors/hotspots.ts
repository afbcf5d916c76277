import type { SegmentConcurrence } from './concurrence.ts';
import type { PreparedCorridors } from './prepare-corridors.ts';
import { type ProximityResult, segmentWeight } from './proximity.ts';
import type { CorridorKind } from './types.ts';

/** One row of the corridor hotspot table. */
export interface HotspotRow {
  /** `corridorIndex:ordinal`, stable for one corridor file. */
  segmentId: string;
  /** Index of the score segment in the proximity result (and in hotspotFigures). */
  segment: number;
  corridorIndex: number;
  corridorName: string;
  kind: CorridorKind;
  lengthKm: number;
  score: number | null;
  weight: number;
  /** Weight by crime-type code during the period. */
  byCrimeType: number[];
  /** Weight in the previous period of equal length. */
  previousWeight: number;
  /** (weight − previousWeight) / previousWeight; null when previousWeight is 0. */
  change: number | null;
  slopePerMonth: number | null;
}

/**
 * Hotspot rows, one per score segment with any weight in the period or the previous one.
 * Counts are raw: disclosure control (suppressing counts below k) is applied by the caller
 * before anything reaches a screen or an export.
 */
export function toHotspotRows(
  prepared: PreparedCorridors,
  result: ProximityResult,
  scores: readonly SegmentConcurrence[],
): HotspotRow[] {
  const rows: HotspotRow[] = [];
  for (const s of scores) {
    const seg = result.scoreSegments[s.segment]!;
    const corridor = prepared.corridors[seg.owner]!;
    const previousWeight = segmentWeight(result, s.segment, result.previous);
    if (s.weight === 0 && previousWeight === 0) continue;
    const byCrimeType: number[] = [];
    for (let ct = 0; ct < result.crimeTypeCount; ct++) {
      byCrimeType.push(segmentWeight(result, s.segment, result.period, ct));
    }
    rows.push({
      segmentId: seg.id,
      segment: s.segment,
      corridorIndex: corridor.index,
      corridorName: corridor.name,
      kind: corridor.kind,
      lengthKm: seg.lengthKm,
      score: s.score,
      weight: s.weight,
      byCrimeType,
      previousWeight,
      change: previousWeight > 0 ? (s.weight - previousWeight) / previousWeight : null,
      slopePerMonth: s.slopePerMonth,
    });
  }
  return rows;
}

/**
 * The hotspot table's counts for every score segment of a proximity result, in one flat
 * array of stride `2 + crimeTypeCount`: weight in the period, weight by crime type in the
 * period, weight in the previous period. What the differencing guard compares between the
 * current filters and each filter state one click away (guard-hotspots.ts). Pure.
 */
export function hotspotFigures(result: ProximityResult): Float64Array {
  const stride = 2 + result.crimeTypeCount;
  const out = new Float64Array(result.scoreSegments.length * stride);
  for (let s = 0; s < result.scoreSegments.length; s++) {
    out[s * stride] = segmentWeight(result, s, result.period);
    for (let ct = 0; ct < result.crimeTypeCount; ct++) {
      out[s * stride + 1 + ct] = segmentWeight(result, s, result.period, ct);
    }
    out[s * stride + 1 + result.crimeTypeCount] = segmentWeight(result, s, result.previous);
  }
  return out;
}

/** Columns the hotspot table can be sorted by. */
export type HotspotSortKey = 'score' | 'weight' | 'change' | 'corridorName' | 'kind' | 'segmentId';

/**
 * A sorted copy of `rows` (the input is not mutated). Nulls sort last in either direction;
 * ties break on segment id so the order is stable across recomputations.
 */
export function sortHotspots(
  rows: readonly HotspotRow[],
  key: HotspotSortKey = 'score',
  direction: 'asc' | 'desc' = 'desc',
): HotspotRow[] {
  return sortHotspotsBy(
    rows,
    (r) => r[key],
    (r) => r,
    direction,
  );
}

/**
 * Sorts any rows that carry a hotspot row by `value` (nulls last in either direction), ties
 * broken on segment id: the hotspot table sorts its guarded rows by the figures it shows.
 * Pure; the input is not mutated.
 */
export function sortHotspotsBy<T>(
  rows: readonly T[],
  value: (row: T) => string | number | null,
  hotspot: (row: T) => HotspotRow,
  direction: 'asc' | 'desc' = 'desc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byId = (a: T, b: T): number => {
    const p = hotspot(a);
    const q = hotspot(b);
    return (
      p.corridorIndex - q.corridorIndex || p.segmentId.localeCompare(q.segmentId, 'en', { numeric: true })
    );
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return byId(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * cmp || byId(a, b);
  });
}
