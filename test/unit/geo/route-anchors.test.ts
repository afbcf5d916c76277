import { describe, expect, it } from 'vitest';
import { centroidOf } from '../../../src/geo/countries.ts';
import { CROSSING_POINTS, type CrossingPoint } from '../../../src/geo/crossing-points.ts';
import {
  bundledRouteAnchors,
  routeAnchors,
  routeStops,
  routeVertices,
} from '../../../src/geo/route-anchors.ts';

const point = (
  name: string,
  countryA: string,
  countryB: string,
  lon: number,
  lat: number,
): CrossingPoint => ({
  name,
  countryA,
  countryB,
  lon,
  lat,
  routeLabel: '',
  note: '',
});

describe('routeAnchors', () => {
  it('anchors each pair at its first listed crossing, in either order, and never at a waypoint', () => {
    const anchors = routeAnchors(
      [],
      [
        point('inside', 'COL', 'COL', 1, 1),
        point('first', 'PAN', 'COL', 2, 2),
        point('second', 'COL', 'PAN', 3, 3),
        point('other', 'MEX', 'GTM', 4, 4),
      ],
    );
    expect(anchors.crossing('COL', 'PAN')).toEqual([2, 2]);
    expect(anchors.crossing('PAN', 'COL')).toEqual([2, 2]);
    expect(anchors.crossing('GTM', 'MEX')).toEqual([4, 4]);
    expect(anchors.crossing('COL', 'COL')).toBeUndefined();
  });

  it('gives the bundled pairs with more than one crossing their first one', () => {
    const tecun = CROSSING_POINTS.filter((p) => [p.countryA, p.countryB].sort().join() === 'GTM,MEX');
    expect(tecun.length).toBeGreaterThan(1);
    expect(bundledRouteAnchors().crossing('MEX', 'GTM')).toEqual([tecun[0]!.lon, tecun[0]!.lat]);
  });
});

describe('routeStops', () => {
  it('reads the transit countries between origin and destination', () => {
    expect(routeStops('VEN', 'COL|PAN', 'USA')).toEqual(['VEN', 'COL', 'PAN', 'USA']);
    expect(routeStops('COL', '', 'PAN')).toEqual(['COL', 'PAN']);
  });
});

describe('routeVertices', () => {
  const anchors = routeAnchors(
    [
      ['VEN', [-66, 7]],
      ['COL', [-73, 4]],
      ['PAN', [-80, 8.5]],
      ['USA', [-100, 40]],
    ],
    [{ countryA: 'COL', countryB: 'PAN', lon: -77.4, lat: 8 }],
  );

  it('passes each stop and the crossing between neighbours, in either direction', () => {
    expect(routeVertices(['VEN', 'COL', 'PAN', 'USA'], anchors)).toEqual([
      -66, 7, -73, 4, -77.4, 8, -80, 8.5, -100, 40,
    ]);
    expect(routeVertices(['PAN', 'COL'], anchors)).toEqual([-80, 8.5, -77.4, 8, -73, 4]);
  });

  it('skips a stop without a point but keeps its crossings', () => {
    expect(routeVertices(['VEN', 'XXX', 'USA'], anchors)).toEqual([-66, 7, -100, 40]);
    const noCol = routeAnchors(
      [['PAN', [-80, 8.5]]],
      [{ countryA: 'COL', countryB: 'PAN', lon: -77.4, lat: 8 }],
    );
    expect(routeVertices(['COL', 'PAN'], noCol)).toEqual([-77.4, 8, -80, 8.5]);
  });

  it('draws the bundled routes through each country’s representative point', () => {
    const anchors = bundledRouteAnchors();
    const [lon, lat] = centroidOf('ECU')!;
    expect(routeVertices(['ECU'], anchors)).toEqual([lon, lat]);
    // Two neighbours run through the first listed crossing between them, in either order.
    const first = CROSSING_POINTS.find((p) => p.countryA !== p.countryB)!;
    const vertices = routeVertices([first.countryB, first.countryA], anchors);
    expect(vertices.slice(2, 4)).toEqual([first.lon, first.lat]);
    expect(vertices).toHaveLength(6);
  });
});
