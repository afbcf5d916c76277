import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  arcConstants,
  cheapDistanceKm,
  cheapFraction,
  exactDistanceKm,
} from '../../../../src/analytics/corridors/arc-distance.ts';
import { NearPairCache, nearPairs } from '../../../../src/analytics/corridors/near-pairs.ts';
import { isInPolygon } from '../../../../src/analytics/corridors/point-in-polygon.ts';
import {
  buildPositionIndex,
  type PositionIndex,
} from '../../../../src/analytics/corridors/position-index.ts';
import { prepareCorridors } from '../../../../src/analytics/corridors/prepare-corridors.ts';
import { corridorPolygons, corridorProximity } from '../../../../src/analytics/corridors/proximity.ts';
import type { CorridorCollection, CorridorFeature } from '../../../../src/analytics/corridors/types.ts';

/**
 * The near search decides with a cheap distance and falls back to the exact turf-identical one
 * near every boundary (arc-distance.ts). Here its answers are checked against a brute force
 * that uses only the exact distance: every (corridor, position) within the buffer, credited to
 * the score segment holding the nearest point of the nearest segment (first segment on a tie).
 */

// Coordinates on a 0.01° grid and on a coarse grid make exact ties (a point on the bisector of a
// vertex, on a polygon edge, at a piece boundary) as well as generic cases.
const onGrid = (step: number) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: Math.round(10 / step) }),
      fc.integer({ min: 0, max: Math.round(8 / step) }),
    )
    .map(([i, j]): [number, number] => [-80 + i * step, -10 + j * step]);
const coord = fc.oneof(onGrid(0.01), onGrid(0.5), onGrid(2));
const line = fc.array(coord, { minLength: 2, maxLength: 5 }).filter((l) => l.some((p) => p[0] !== l[0]![0]));
const square = fc.tuple(onGrid(0.5), fc.integer({ min: 1, max: 6 })).map(([[x, y], r]): Position[] => [
  [x, y],
  [x + r, y],
  [x + r, y + r],
  [x, y + r],
  [x, y],
]);
const corridor = fc.oneof(
  line.map((coordinates): CorridorFeature['geometry'] => ({ type: 'LineString', coordinates })),
  square.map((ring): CorridorFeature['geometry'] => ({ type: 'Polygon', coordinates: [ring] })),
);
const scene = fc.record({
  corridors: fc.array(corridor, { minLength: 1, maxLength: 4 }),
  points: fc.array(coord, { minLength: 20, maxLength: 150 }),
  distanceKm: fc.oneof(
    fc.constantFrom(25, 50, 55.5974, 111.19),
    fc.double({ min: 5, max: 300, noNaN: true }),
  ),
});

function collectionOf(geometries: CorridorFeature['geometry'][]): CorridorCollection {
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({
      type: 'Feature',
      geometry,
      properties: { kind: 'drug', name: `c${i}` },
    })),
  };
}

/** Brute force over every owner × position × segment with the exact distance only. */
function bruteForce(collection: CorridorCollection, pos: PositionIndex, distanceKm: number): string[] {
  const prepared = prepareCorridors(collection);
  const { geo } = prepared;
  const scratch = { fraction: 0 };
  const out: string[] = [];
  for (let owner = 0; owner < prepared.corridors.length; owner++) {
    for (let p = 0; p < pos.count; p++) {
      let best = Number.POSITIVE_INFINITY;
      let bestSeg = -1;
      let bestFraction = 0;
      for (let s = 0; s < geo.count; s++) {
        if (geo.owner[s] !== owner) continue;
        const d = exactDistanceKm(geo, s, pos, p, scratch);
        if (d < best) {
          best = d;
          bestSeg = s;
          bestFraction = scratch.fraction;
        }
      }
      const inside = prepared.corridors[owner]!.polygons.some((poly) =>
        isInPolygon(pos.lon[p]!, pos.lat[p]!, poly),
      );
      if (bestSeg < 0 || (best > distanceKm && !inside)) continue;
      const pieces = geo.scorePieces[bestSeg]!;
      const score = geo.scoreBase[bestSeg]! + Math.min(pieces - 1, Math.floor(bestFraction * pieces));
      out.push(`${owner}|${p}|${score}`);
    }
  }
  return out.sort();
}

function indexOf(points: [number, number][]): PositionIndex {
  return buildPositionIndex(
    Float64Array.from(points, (p) => p[0]),
    Float64Array.from(points, (p) => p[1]),
  );
}

describe('near search with cheap distances', () => {
  it('gives the exact brute force’s (corridor, position, score segment) triples', () => {
    let seen = 0;
    fc.assert(
      fc.property(scene, ({ corridors, points, distanceKm }) => {
        const collection = collectionOf(corridors);
        const prepared = prepareCorridors(collection, 60);
        const pos = indexOf(points);
        const pairs = nearPairs(prepared.geo, pos, distanceKm, corridorPolygons(prepared));
        const got: string[] = [];
        for (let p = 0; p < pos.count; p++) {
          for (let k = pairs.start[p]!; k < pairs.start[p + 1]!; k++)
            got.push(`${pairs.owner[k]}|${p}|${pairs.seg[k]}`);
        }
        seen += got.length;
        const expected = bruteForce(collection, pos, distanceKm);
        // The brute force uses the default 100 km score segments; compare with the same.
        const prepared100 = prepareCorridors(collection);
        const pairs100 = nearPairs(prepared100.geo, pos, distanceKm, corridorPolygons(prepared100));
        const got100: string[] = [];
        for (let p = 0; p < pos.count; p++) {
          for (let k = pairs100.start[p]!; k < pairs100.start[p + 1]!; k++)
            got100.push(`${pairs100.owner[k]}|${p}|${pairs100.seg[k]}`);
        }
        expect(got100.sort()).toEqual(expected);
        // With 60 km score segments the same (corridor, position) pairs are found.
        const pairOf = (g: string) => g.split('|').slice(0, 2).join('|');
        expect(got.map(pairOf).sort()).toEqual(expected.map(pairOf).sort());
      }),
      { numRuns: 250, seed: 20261128 },
    );
    expect(seen).toBeGreaterThan(2000);
  });

  it('keeps the cheap distance within a millionth of the margin of the exact one', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 3 }),
        fc.array(coord, { minLength: 10, maxLength: 60 }),
        (lines, points) => {
          const prepared = prepareCorridors(
            collectionOf(lines.map((coordinates) => ({ type: 'LineString', coordinates }))),
          );
          const arcs = arcConstants(prepared.geo);
          const pos = indexOf(points);
          const scratch = { fraction: 0 };
          for (let s = 0; s < prepared.geo.count; s++) {
            for (let p = 0; p < pos.count; p++) {
              const cheap = cheapDistanceKm(prepared.geo, arcs, s, pos, p);
              if (Number.isNaN(cheap)) continue;
              const fraction = cheapFraction(prepared.geo, arcs, s, pos, p);
              const exact = exactDistanceKm(prepared.geo, s, pos, p, scratch);
              expect(Math.abs(cheap - exact)).toBeLessThan(1e-9);
              expect(Math.abs(fraction - scratch.fraction)).toBeLessThan(1e-9);
            }
          }
        },
      ),
      { numRuns: 150, seed: 5 },
    );
  });
});

describe('NearPairCache', () => {
  it('gives the same pairs and proximity counts as a fresh search, run after run', () => {
    fc.assert(
      fc.property(
        fc.array(corridor, { minLength: 1, maxLength: 3 }),
        fc.array(fc.array(coord, { minLength: 5, maxLength: 80 }), { minLength: 2, maxLength: 4 }),
        (corridors, runs) => {
          const prepared = prepareCorridors(collectionOf(corridors));
          const cache = new NearPairCache(prepared.geo, 40, corridorPolygons(prepared));
          let searched = 0;
          for (const points of runs) {
            const pos = indexOf(points);
            const fresh = nearPairs(prepared.geo, pos, 40, corridorPolygons(prepared));
            const cached = cache.pairsFor(pos);
            searched += cache.searched;
            expect(cached).toEqual(fresh);
            const data = {
              lon: Float64Array.from(points, (p) => p[0]),
              lat: Float64Array.from(points, (p) => p[1]),
              weight: Float64Array.from(points, (_, i) => 1 + (i % 7)),
              crimeType: Uint8Array.from(points, (_, i) => i % 3),
              month: Int32Array.from(points, (_, i) => 600 + (i % 12)),
            };
            const options = { distanceKm: 40, period: { from: 606, to: 611 }, crimeTypeCount: 3 };
            const a = corridorProximity(prepared, data, options);
            const b = corridorProximity(prepared, data, { ...options, nearCache: cache });
            expect(b.byCrimeMonth).toEqual(a.byCrimeMonth);
            expect(b.positionsNear).toEqual(a.positionsNear);
          }
          // Repeating the last run searches nothing new.
          cache.pairsFor(indexOf(runs[runs.length - 1]!));
          expect(cache.searched).toBe(0);
          expect(searched).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100, seed: 9 },
    );
  });
});
