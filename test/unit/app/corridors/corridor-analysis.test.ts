import { describe, expect, it } from 'vitest';
import { prepareCorridors } from '../../../../src/analytics/corridors/prepare-corridors.ts';
import type { AggregatedPositions, CorridorCollection } from '../../../../src/analytics/corridors/types.ts';
import { analyseCorridors } from '../../../../src/app/corridors/corridor-analysis.ts';
import { CorridorRunner } from '../../../../src/app/corridors/corridor-runner.ts';
import {
  scoreSegmentBounds,
  toScoreSegmentLines,
} from '../../../../src/app/corridors/score-segment-lines.ts';
import { analysedPeriod } from '../../../../src/app/corridors/use-corridor-analysis.ts';
import { NO_SCORE_COLOR, scoreColor, toScoreColors } from '../../../../src/layers/corridor-scores-layer.ts';
import { toCrossingData } from '../../../../src/layers/crossings-layer.ts';
import type { RouteData } from '../../../../src/layers/route-data.ts';
import { toRoutePaths } from '../../../../src/layers/route-paths.ts';
import { monthIndex } from '../../../../src/query/proximity-query.ts';

// A north–south line corridor at lon −77 from lat 5 to 10 (≈ 556 km: several score segments),
// and one east–west route along lat 8 crossing it once.
const corridors: CorridorCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [-77, 5],
          [-77, 10],
        ],
      },
      properties: { kind: 'fuel', name: 'Test corridor' },
    },
  ],
};
const routeData: RouteData = {
  length: 1,
  positions: Float32Array.from([-80, 8, -74, 8]),
  startIndices: Uint32Array.from([0, 2]),
  persons: Float64Array.from([12]),
  route: ['Darién'],
  crimeType: ['smuggling'],
  origin: ['COL'],
  transit: ['PAN'],
  destination: ['USA'],
  maxPersons: 12,
};
const m = monthIndex('2021-03');
// Incidents: 6 persons on the corridor at (−77.05, 8.0), this month; 2 the month before
// (previous period); 10 far away (−70, 0).
const positions: AggregatedPositions = {
  lon: Float64Array.from([-77.05, -77.05, -70]),
  lat: Float64Array.from([8, 8, 0]),
  weight: Float64Array.from([6, 2, 10]),
  crimeType: Uint8Array.from([1, 1, 0]),
  month: Int32Array.from([m, m - 1, m]),
};

describe('route paths from route data', () => {
  it('labels a route by its stops and name, with volume = persons', () => {
    const [p] = toRoutePaths(routeData);
    expect(p?.routeKey).toBe('COL → PAN → USA (Darién)');
    expect(Array.from(p!.coords)).toEqual([-80, 8, -74, 8]);
    expect(p?.volume).toBe(12);
    expect(p?.crimeType).toBe('smuggling');
  });
});

describe('analyseCorridors', () => {
  const prepared = prepareCorridors(corridors);
  const result = analyseCorridors({
    prepared,
    positions,
    routes: toRoutePaths(routeData),
    period: { from: m, to: m },
    distanceKm: 25,
  });

  it('finds the one crossing at (−77, 8) carrying the route volume', () => {
    expect(result.crossings).toHaveLength(1);
    expect(result.crossings[0]).toMatchObject({ corridorName: 'Test corridor', type: 'cross', volume: 12 });
    expect(result.crossings[0]!.lon).toBeCloseTo(-77, 4);
    expect(result.crossings[0]!.lat).toBeCloseTo(8, 4);
  });

  it('credits nearby persons to one hotspot row with the previous period and the change', () => {
    expect(result.hotspots).toHaveLength(1);
    const [row] = result.hotspots;
    expect(row).toMatchObject({ weight: 6, previousWeight: 2, change: 2, byCrimeType: [0, 6, 0, 0] });
    expect(row!.score).toBeGreaterThan(0);
  });

  it('counts the same figures under each neighbouring filter state, for the differencing guard', () => {
    // One neighbour: two more persons on the corridor this month; another: a wider period.
    const more: AggregatedPositions = { ...positions, weight: Float64Array.from([8, 2, 10]) };
    const out = analyseCorridors({
      prepared,
      positions,
      routes: [],
      period: { from: m, to: m },
      distanceKm: 25,
      neighbours: [
        { positions: more, period: { from: m, to: m } },
        { positions, period: { from: m - 1, to: m } },
      ],
    });
    const segment = out.hotspots[0]!.segment;
    const stride = 2 + 4;
    const at = (f: Float64Array) => Array.from(f.subarray(segment * stride, segment * stride + stride));
    // weight, by crime type, previous weight
    expect(at(out.figures)).toEqual([6, 0, 6, 0, 0, 2]);
    expect(at(out.neighbourFigures[0]!)).toEqual([8, 0, 8, 0, 0, 2]);
    // Feb–Mar: 8 persons, the previous two months none.
    expect(at(out.neighbourFigures[1]!)).toEqual([8, 0, 8, 0, 0, 0]);
  });

  it('draws every score segment and zooms to the row’s segment near lat 8', () => {
    const lines = result.lines;
    expect(new Set(lines.scoreSegment).size).toBe(prepared.scoreSegments.length);
    const index = prepared.scoreSegments.findIndex((s) => s.id === result.hotspots[0]!.segmentId);
    const b = scoreSegmentBounds(lines, new Set([index]), 0)!;
    expect(b[0]).toBeCloseTo(-77, 4);
    expect(b[1]).toBeLessThanOrEqual(8);
    expect(b[3]).toBeGreaterThanOrEqual(8);
    expect(scoreSegmentBounds(lines, new Set([999]))).toBeNull();
  });

  it('the inline runner gives the same result as the pure function', async () => {
    const runner = new CorridorRunner(false);
    const out = await runner.run(corridors, {
      positions,
      routes: toRoutePaths(routeData),
      period: { from: m, to: m },
      distanceKm: 25,
    });
    expect(out.hotspots).toEqual(result.hotspots);
    expect(out.crossings).toEqual(result.crossings);
  });
});

describe('score and crossing layer data', () => {
  it('maps scores to ordered colour classes and hides suppressed segments', () => {
    expect(scoreColor(null)).toEqual(NO_SCORE_COLOR);
    expect(scoreColor(0.2)).not.toEqual(scoreColor(5));
    const lines = toScoreSegmentLines(prepareCorridors(corridors));
    const n = new Set(lines.scoreSegment).size;
    const colors = toScoreColors(
      lines,
      Array.from({ length: n }, () => 5),
      Array.from({ length: n }, (_v, i) => i !== 0),
    );
    const first = lines.scoreSegment.indexOf(0);
    expect(Array.from(colors.subarray(first * 4, first * 4 + 4))).toEqual([...NO_SCORE_COLOR]);
    const other = lines.scoreSegment.findIndex((s) => s !== 0);
    expect(Array.from(colors.subarray(other * 4, other * 4 + 4))).toEqual([...scoreColor(5)]);
  });

  it('crossing markers: interleaved positions, radius by volume', () => {
    const d = toCrossingData([
      { lon: -77, lat: 8, kind: 'drug', volume: 100 },
      { lon: -70, lat: 2, kind: 'fuel', volume: 25 },
    ]);
    expect(Array.from(d.positions)).toEqual([-77, 8, -70, 2]);
    expect(d.radii[0]).toBe(14);
    expect(d.radii[1]).toBe(9);
  });
});

describe('analysedPeriod', () => {
  it('uses the period filter, else the dataset months', () => {
    expect(analysedPeriod(['2021-01', '2021-06'], ['2015-01', '2025-12'])).toEqual({
      from: monthIndex('2021-01'),
      to: monthIndex('2021-06'),
    });
    expect(analysedPeriod(null, ['2015-01', '2025-12'])?.to).toBe(monthIndex('2025-12'));
    expect(analysedPeriod(null, ['', ''])).toBeNull();
  });
});
