import { describe, expect, it } from 'vitest';
import { concurrenceScores } from '../../../../src/analytics/corridors/concurrence.ts';
import {
  type HotspotRow,
  sortHotspots,
  toHotspotRows,
} from '../../../../src/analytics/corridors/hotspots.ts';
import { prepareCorridors } from '../../../../src/analytics/corridors/prepare-corridors.ts';
import { corridorProximity } from '../../../../src/analytics/corridors/proximity.ts';
import { routeBaseline } from '../../../../src/analytics/corridors/route-baseline.ts';
import type { AggregatedPositions, CorridorCollection } from '../../../../src/analytics/corridors/types.ts';

// One corridor: the equator from 0° to 0.9° (≈100.08 km), a single score segment.
const corridors: CorridorCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'drug', name: 'Short equator' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0.9, 0],
        ],
      },
    },
  ],
};
const prepared = prepareCorridors(corridors);
const period = { from: 0, to: 3 };

function data(
  rows: [lon: number, lat: number, weight: number, crime: number, month: number][],
): AggregatedPositions {
  return {
    lon: Float64Array.from(rows.map((r) => r[0])),
    lat: Float64Array.from(rows.map((r) => r[1])),
    weight: Float64Array.from(rows.map((r) => r[2])),
    crimeType: Uint8Array.from(rows.map((r) => r[3])),
    month: Int32Array.from(rows.map((r) => r[4])),
  };
}

// Near the corridor: 1 in month 0, 3 in month 3; 2 in the previous period (month -2).
// Near the route only (at lon 5): 4 in month 1.
const incidents = data([
  [0.5, 0.01, 1, 0, 0],
  [0.5, 0.01, 3, 1, 3],
  [0.5, 0.01, 2, 0, -2],
  [5, 0.01, 4, 0, 1],
]);
// One route along the equator from 0° to 9° (≈1000.8 km), twice (shared km count once).
const route = { routeKey: 'r', crimeType: 'smuggling', coords: Float64Array.of(0, 0, 9, 0), volume: 1 };

describe('concurrence score', () => {
  const result = corridorProximity(prepared, incidents, { period, crimeTypeCount: 2 });
  const baseline = routeBaseline([route, { ...route, routeKey: 'r2' }], incidents, period);
  const [score] = concurrenceScores(result, baseline);
  const L = prepared.scoreSegments[0]!.lengthKm;

  it('measures the route baseline over distinct route kilometres', () => {
    expect(baseline.routeKm).toBeCloseTo(10 * L, 6);
    expect(baseline.weight).toBe(8);
    expect(baseline.perHundredKmMonth).toBeCloseTo(8 / (baseline.routeKm / 100) / 4, 12);
  });

  it('is the segment density over the route density', () => {
    // Segment: 4 per 100.08 km per 4 months; routes: 8 per 1000.8 km per 4 months → 5.
    expect(score!.weight).toBe(4);
    expect(score!.score).toBeCloseTo(5, 9);
  });

  it('compares the two halves of the period and fits a slope', () => {
    // Halves: months 0–1 (weight 1) and 2–3 (weight 3): scores 2.5 and 7.5.
    expect(score!.firstHalfScore).toBeCloseTo(2.5, 9);
    expect(score!.secondHalfScore).toBeCloseTo(7.5, 9);
    // Monthly scores 5, 0, 0, 15 (weights 1, 0, 0, 3 over 0.2 each): OLS slope 3.
    expect(score!.slopePerMonth).toBeCloseTo(3, 9);
  });

  it('is null without a route baseline', () => {
    const none = routeBaseline([], incidents, period);
    expect(concurrenceScores(result, none)[0]!.score).toBeNull();
  });

  it('builds hotspot rows with counts by crime type and change vs the previous period', () => {
    const [row] = toHotspotRows(prepared, result, [score!]);
    expect(row).toMatchObject({
      segmentId: '0:0',
      corridorName: 'Short equator',
      kind: 'drug',
      weight: 4,
      byCrimeType: [1, 3],
      previousWeight: 2,
      change: 1,
    });
  });
});

describe('sortHotspots', () => {
  const row = (segmentId: string, score: number | null, weight: number): HotspotRow => ({
    segmentId,
    segment: 0,
    corridorIndex: Number(segmentId.split(':')[0]),
    corridorName: `c${segmentId}`,
    kind: 'fuel',
    lengthKm: 100,
    score,
    weight,
    byCrimeType: [weight],
    previousWeight: 0,
    change: null,
    slopePerMonth: null,
  });
  const rows = [row('0:2', 1.5, 3), row('0:10', null, 9), row('1:0', 4, 1), row('0:1', 1.5, 7)];

  it('sorts by score descending with nulls last and ties by segment id', () => {
    expect(sortHotspots(rows).map((r) => r.segmentId)).toEqual(['1:0', '0:1', '0:2', '0:10']);
  });

  it('sorts ascending, still with nulls last, without mutating the input', () => {
    expect(sortHotspots(rows, 'score', 'asc').map((r) => r.segmentId)).toEqual(['0:1', '0:2', '1:0', '0:10']);
    expect(rows[0]!.segmentId).toBe('0:2');
  });

  it('sorts by weight', () => {
    expect(sortHotspots(rows, 'weight').map((r) => r.weight)).toEqual([9, 7, 3, 1]);
  });
});
