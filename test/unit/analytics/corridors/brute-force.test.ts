import { booleanPointInPolygon, lineIntersect, pointToLineDistance } from '@turf/turf';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { routeCorridorCrossings } from '../../../../src/analytics/corridors/crossings.ts';
import { forEachNear } from '../../../../src/analytics/corridors/near-search.ts';
import { buildPositionIndex } from '../../../../src/analytics/corridors/position-index.ts';
import { prepareCorridors } from '../../../../src/analytics/corridors/prepare-corridors.ts';
import type {
  CorridorCollection,
  CorridorFeature,
  RoutePath,
} from '../../../../src/analytics/corridors/types.ts';

/**
 * Indexed answers against brute-force turf over every pair, on random corridors (lines and
 * star-shaped polygons), routes and points in a Latin-America-sized box.
 */
// Coordinates are generic (no round numbers), so collinear overlaps, where this code
// deliberately differs from turf (see segment-intersection.ts), do not occur here.
const unit = fc.integer({ min: 0, max: 1_000_000_000 }).map((k) => k / 1e9 + 1e-7 * Math.SQRT2);
const coord = fc.tuple(unit, unit).map(([u, v]): [number, number] => [-90 + 60 * u, -40 + 60 * v]);
const line = fc.array(coord, { minLength: 2, maxLength: 6 }).filter((l) => l.some((p) => p[0] !== l[0]![0]));
const star = fc
  .tuple(
    coord,
    fc.array(
      unit.map((u) => 0.3 + 4 * u),
      { minLength: 3, maxLength: 8 },
    ),
  )
  .map(([[cx, cy], radii]) => {
    const ring: Position[] = radii.map((r, i) => {
      const a = (2 * Math.PI * i) / radii.length;
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    });
    return [...ring, ring[0]!];
  });
const corridor = fc.oneof(
  line.map((coordinates): CorridorFeature['geometry'] => ({ type: 'LineString', coordinates })),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((coordinates): CorridorFeature['geometry'] => ({
    type: 'MultiLineString',
    coordinates,
  })),
  star.map((ring): CorridorFeature['geometry'] => ({ type: 'Polygon', coordinates: [ring] })),
);
const scene = fc.record({
  corridors: fc.array(corridor, { minLength: 1, maxLength: 6 }),
  routes: fc.array(line, { minLength: 1, maxLength: 6 }),
  points: fc.array(coord, { minLength: 30, maxLength: 120 }),
  distanceKm: unit.map((u) => 10 + 290 * u),
});

function toCollection(geometries: CorridorFeature['geometry'][]): CorridorCollection {
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({
      type: 'Feature',
      geometry,
      properties: { kind: 'drug', name: `c${i}` },
    })),
  };
}

function linesOf(g: CorridorFeature['geometry']): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'Polygon') return g.coordinates;
  return g.coordinates.flat();
}

const key = (x: number, y: number): string => `${x},${y}`;

describe('indexed corridor analyses agree with brute-force turf', () => {
  let crossingsSeen = 0;
  let nearSeen = 0;

  it('finds the same crossing points as lineIntersect over all route × corridor pairs', () => {
    fc.assert(
      fc.property(scene, ({ corridors, routes }) => {
        const collection = toCollection(corridors);
        const prepared = prepareCorridors(collection);
        const paths: RoutePath[] = routes.map((r, i) => ({
          routeKey: `r${i}`,
          crimeType: 'smuggling',
          coords: Float64Array.from(r.flat()),
          volume: 1,
        }));
        const mine = routeCorridorCrossings(prepared, paths).filter((c) => c.type !== 'start-inside');
        crossingsSeen += mine.length;
        routes.forEach((r, ri) => {
          collection.features.forEach((f, ci) => {
            const expected = lineIntersect({ type: 'LineString', coordinates: r }, f)
              .features.map((p) => key(p.geometry.coordinates[0]!, p.geometry.coordinates[1]!))
              .sort();
            const got = mine
              .filter((c) => c.routeKey === `r${ri}` && c.corridorIndex === ci)
              .map((c) => key(c.lon, c.lat))
              .sort();
            expect(got).toEqual(expected);
          });
        });
      }),
      { numRuns: 200, seed: 20261128 },
    );
    expect(crossingsSeen).toBeGreaterThan(200);
  });

  it('finds the same (corridor, point) pairs within the distance as pointToLineDistance', () => {
    fc.assert(
      fc.property(scene, ({ corridors, points, distanceKm }) => {
        const collection = toCollection(corridors);
        const prepared = prepareCorridors(collection);
        const pos = buildPositionIndex(
          Float64Array.from(points.map((p) => p[0])),
          Float64Array.from(points.map((p) => p[1])),
        );
        const got = new Set<string>();
        forEachNear(
          prepared.geo,
          pos,
          distanceKm,
          (o) => ({ polygons: prepared.corridors[o]!.polygons, box: prepared.corridors[o]!.polygonBox }),
          (owner, p) => got.add(key(owner, pos.lon[p]! * 1000 + pos.lat[p]!)),
        );
        nearSeen += got.size;
        const expected = new Set<string>();
        collection.features.forEach((f, ci) => {
          for (const [x, y] of points) {
            const inside = f.geometry.type === 'Polygon' && booleanPointInPolygon([x, y], f.geometry);
            const d = Math.min(
              ...linesOf(f.geometry).map((l) =>
                pointToLineDistance([x, y], { type: 'LineString', coordinates: l }),
              ),
            );
            if (inside || d <= distanceKm) expected.add(key(ci, x * 1000 + y));
          }
        });
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 200, seed: 20261128 },
    );
    expect(nearSeen).toBeGreaterThan(500);
  });

  it('agrees with pointToLineDistance on lines and points around the antimeridian', () => {
    // turf's geodesic distance takes the short way across ±180, as this code does.
    const wrap = (x: number): number => (x > 180 ? x - 360 : x);
    const pacific = fc
      .tuple(unit, unit)
      .map(([u, v]): [number, number] => [wrap(170 + 20 * u), -20 + 20 * v]);
    const pacificScene = fc.record({
      lines: fc.array(fc.array(pacific, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      points: fc.array(pacific, { minLength: 30, maxLength: 80 }),
      distanceKm: unit.map((u) => 5 + 200 * u),
    });
    let seen = 0;
    fc.assert(
      fc.property(pacificScene, ({ lines, points, distanceKm }) => {
        const collection = toCollection(lines.map((coordinates) => ({ type: 'LineString', coordinates })));
        const prepared = prepareCorridors(collection);
        const pos = buildPositionIndex(
          Float64Array.from(points.map((p) => p[0])),
          Float64Array.from(points.map((p) => p[1])),
        );
        const got = new Set<string>();
        forEachNear(
          prepared.geo,
          pos,
          distanceKm,
          () => ({ polygons: [], box: null }),
          (owner, p) => got.add(key(owner, pos.lon[p]! * 1000 + pos.lat[p]!)),
        );
        seen += got.size;
        const expected = new Set<string>();
        lines.forEach((l, ci) => {
          for (const [x, y] of points) {
            if (pointToLineDistance([x, y], { type: 'LineString', coordinates: l }) <= distanceKm)
              expected.add(key(ci, x * 1000 + y));
          }
        });
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(seen).toBeGreaterThan(500);
  });
});
