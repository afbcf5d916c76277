import { pointToLineDistance } from '@turf/turf';
import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareCorridors } from '../../../../src/analytics/corridors/prepare-corridors.ts';
import { corridorProximity, segmentWeight } from '../../../../src/analytics/corridors/proximity.ts';
import { EARTH_RADIUS_KM } from '../../../../src/analytics/corridors/sphere.ts';
import type { AggregatedPositions } from '../../../../src/analytics/corridors/types.ts';
import { crossingCorridors } from './fixture.ts';

const prepared = prepareCorridors(crossingCorridors());
const line = (coordinates: number[][]): LineString => ({ type: 'LineString', coordinates });
const EQUATOR = 2;
const SQUARE = 1;
const MERIDIAN_175E = 3;
/** Latitude of a point exactly 20 km north of the equator on a sphere of turf's radius. */
const LAT_20_KM = (20 / EARTH_RADIUS_KM) * (180 / Math.PI);

function positions(
  rows: [lon: number, lat: number, weight: number, crime: number, month: number][],
): AggregatedPositions {
  return {
    lon: Float64Array.from(rows.map((r) => r[0])),
    lat: Float64Array.from(rows.map((r) => r[1])),
    weight: Float64Array.from(rows.map((r) => r[2])),
    crimeType: Uint8Array.from(rows.map((r) => r[3])),
    month: Int32Array.from(rows.map((r) => r[4])),
    sexAge: Float64Array.from(rows.flatMap((r) => [r[2], 0, 0, 0, 0])),
  };
}

const period = { from: 600, to: 611 };

function nearWeight(data: AggregatedPositions, distanceKm: number, corridor: number): number {
  const result = corridorProximity(prepared, data, { distanceKm, period, crimeTypeCount: 2 });
  return result.scoreSegments.reduce(
    (sum, seg, i) => (seg.owner === corridor ? sum + segmentWeight(result, i, period) : sum),
    0,
  );
}

describe('corridorProximity', () => {
  const twentyKm = positions([[-65, LAT_20_KM, 3, 0, 605]]);

  it('places the fixture point 20 km from the equator corridor, as turf measures it', () => {
    const d = pointToLineDistance(
      [-65, LAT_20_KM],
      line([
        [-70, 0],
        [-60, 0],
      ]),
    );
    expect(d).toBeCloseTo(20, 9);
  });

  it('counts a point 20 km away with a 25 km buffer', () => {
    expect(nearWeight(twentyKm, 25, EQUATOR)).toBe(3);
  });

  it('does not count it with a 15 km buffer', () => {
    expect(nearWeight(twentyKm, 15, EQUATOR)).toBe(0);
  });

  it('counts a point deep inside a polygon corridor as distance 0', () => {
    // (-59, 1) is ~111 km from every edge of the 2° square.
    expect(nearWeight(positions([[-59, 1, 4, 1, 600]]), 5, SQUARE)).toBe(4);
  });

  it('finds a point across the antimeridian from the corridor', () => {
    // The 175°E meridian corridor; a point at 179.9°W is ~1078 km away: counted only with a wide buffer.
    const d = pointToLineDistance(
      [-179.9, -10],
      line([
        [175, -20],
        [175, 0],
      ]),
    );
    const data = positions([[-179.9, -10, 2, 0, 600]]);
    expect(nearWeight(data, d + 1, MERIDIAN_175E)).toBe(2);
    expect(nearWeight(data, d - 1, MERIDIAN_175E)).toBe(0);
  });

  it('finds a point just east of ±180 near a corridor that crosses it', () => {
    // Diagonal (178,-15)→(-178,-5) crosses 180 at -10; (-179.9,-9.7) lies about 5 km off it.
    const d = pointToLineDistance(
      [-179.9, -9.7],
      line([
        [178, -15],
        [-178, -5],
      ]),
    );
    expect(d).toBeLessThan(25);
    expect(nearWeight(positions([[-179.9, -9.7, 1, 0, 600]]), 25, 4)).toBe(1);
  });

  it('splits weights by crime type, month and period and ignores months outside the window', () => {
    const data = positions([
      [-65, 0.1, 1, 0, 600],
      [-65, 0.1, 2, 1, 611],
      [-65, 0.1, 5, 0, 590],
      [-65, 0.1, 9, 0, 500],
    ]);
    const result = corridorProximity(prepared, data, { period, crimeTypeCount: 2 });
    expect(result.previous).toEqual({ from: 588, to: 599 });
    const seg = result.scoreSegments.findIndex((s) => s.owner === EQUATOR && s.ordinal === 5);
    expect(segmentWeight(result, seg, period)).toBe(3);
    expect(segmentWeight(result, seg, period, 1)).toBe(2);
    expect(segmentWeight(result, seg, result.previous)).toBe(5);
    expect(result.positionsNear[EQUATOR]).toBe(1);
    const women = result.bySexAgeMonth!;
    expect(women[(seg * 5 + 0) * result.months + (611 - result.window.from)]).toBe(2);
  });

  it('credits a point to the nearest ~100 km score segment of the corridor', () => {
    // Equator corridor: 10° ≈ 1112 km in 11 pieces of ~101 km; -69.5 lies in the first piece.
    const result = corridorProximity(prepared, positions([[-69.5, -0.05, 1, 0, 600]]), {
      period,
      crimeTypeCount: 1,
    });
    const first = result.scoreSegments.findIndex((s) => s.owner === EQUATOR && s.ordinal === 0);
    expect(segmentWeight(result, first, period)).toBe(1);
  });
});
