import { lineIntersect } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { routeCorridorCrossings } from '../../../../src/analytics/corridors/crossings.ts';
import { prepareCorridors } from '../../../../src/analytics/corridors/prepare-corridors.ts';
import type { RoutePath } from '../../../../src/analytics/corridors/types.ts';
import { crossingCorridors } from './fixture.ts';

const prepared = prepareCorridors(crossingCorridors());

function route(routeKey: string, ...coords: number[]): RoutePath {
  return { routeKey, crimeType: 'trafficking', coords: Float64Array.from(coords), volume: 7 };
}

function crossingsOf(r: RoutePath) {
  return routeCorridorCrossings(prepared, [r]).map((c) => [c.corridorName, c.type, c.lon, c.lat, c.volume]);
}

describe('routeCorridorCrossings', () => {
  it('finds both points where a straight route crosses a zigzag line corridor', () => {
    // Zigzag (-78,8)→(-76,12)→(-74,8) meets y = 10 halfway up and down each leg.
    expect(crossingsOf(route('A', -80, 10, -70, 10))).toEqual([
      ['Zigzag line', 'cross', -77, 10, 7],
      ['Zigzag line', 'cross', -75, 10, 7],
    ]);
  });

  it('gives the same points as turf lineIntersect', () => {
    const r = route('A', -80, 10, -70, 10);
    const feature = crossingCorridors().features[0]!;
    const turf = lineIntersect(
      {
        type: 'LineString',
        coordinates: [
          [-80, 10],
          [-70, 10],
        ],
      },
      feature,
    );
    expect(turf.features.map((f) => f.geometry.coordinates)).toEqual([
      [-77, 10],
      [-75, 10],
    ]);
    expect(routeCorridorCrossings(prepared, [r]).map((c) => [c.lon, c.lat])).toEqual([
      [-77, 10],
      [-75, 10],
    ]);
  });

  it('reports a route touching a polygon corridor at a corner as one touch', () => {
    // x + y = -56 passes the square's corner (-58, 2) and stays outside elsewhere.
    expect(crossingsOf(route('T', -60, 4, -56, 0))).toEqual([['Square zone', 'touch', -58, 2, 7]]);
  });

  it('reports entry and exit points of a route through a polygon corridor', () => {
    expect(crossingsOf(route('E', -61, 1, -57, 1))).toEqual([
      ['Square zone', 'entry', -60, 1, 7],
      ['Square zone', 'exit', -58, 1, 7],
    ]);
  });

  it('reports a route that starts inside a polygon corridor', () => {
    expect(crossingsOf(route('S', -59, 1, -57, 1))).toEqual([
      ['Square zone', 'start-inside', -59, 1, 7],
      ['Square zone', 'exit', -58, 1, 7],
    ]);
  });

  it('reports both ends of a stretch run along a corridor (collinear overlap)', () => {
    // Along the equator corridor from -66 to -64: turf would report nothing here.
    expect(crossingsOf(route('O', -66, 0, -64, 0))).toEqual([
      ['Equator line', 'overlap', -66, 0, 7],
      ['Equator line', 'overlap', -64, 0, 7],
    ]);
  });

  it('crosses corridors on both sides of the antimeridian and one that crosses it', () => {
    // 170°E → 170°W the short way: meets the 175°E meridian, then the diagonal
    // (178,-15)→(-178,-5), which crosses ±180 at latitude -10: exactly where the route does.
    expect(crossingsOf(route('P', 170, -10, -170, -10))).toEqual([
      ['Pacific meridian 175E', 'cross', 175, -10, 7],
      ['Pacific diagonal across 180', 'cross', 180, -10, 7],
    ]);
  });

  it('returns nothing for a route far from every corridor', () => {
    expect(crossingsOf(route('F', -40, -30, -35, -25))).toEqual([]);
  });
});
