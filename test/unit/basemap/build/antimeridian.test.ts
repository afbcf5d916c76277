import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  cutLinesAtAntimeridian,
  cutPolygonsAtAntimeridian,
} from '../../../../src/basemap/build/antimeridian.ts';

function spans(geometry: MultiPolygon): [number, number][] {
  return geometry.coordinates.map((polygon) => {
    const xs = polygon[0]!.map((p) => p[0]!);
    return [Math.min(...xs), Math.max(...xs)];
  });
}

describe('cutPolygonsAtAntimeridian', () => {
  it('leaves a polygon that does not cross unchanged', () => {
    const square: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      ],
    };
    expect(cutPolygonsAtAntimeridian(square)).toEqual(square);
  });

  it('splits an island that straddles 180° into two pieces that meet at ±180', () => {
    const island: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179, -16],
            [-179, -16],
            [-179, -17],
            [179, -17],
            [179, -16],
          ],
        ],
      ],
    };
    const cut = cutPolygonsAtAntimeridian(island);
    expect(spans(cut).sort((a, b) => a[0] - b[0])).toEqual([
      [-180, -179],
      [179, 180],
    ]);
  });

  it('closes a ring around the south pole along latitude −90', () => {
    const polar: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-180, -70],
            [-60, -65],
            [60, -68],
            [180, -70],
            [-180, -70],
          ],
        ],
      ],
    };
    const cut = cutPolygonsAtAntimeridian(polar);
    const [west, east] = spans(cut).reduce(([w, e], [a, b]) => [Math.min(w, a), Math.max(e, b)], [180, -180]);
    expect(west).toBe(-180);
    expect(east).toBe(180);
    const lats = cut.coordinates.flatMap((p) => p[0]!.map((q) => q[1]!));
    expect(Math.min(...lats)).toBe(-90);
  });
});

describe('cutPolygonsAtAntimeridian with a pole cap', () => {
  it('turns a cap around the pole whose hole is the coast into a polygon south of the coast', () => {
    const cap: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-180, -89.999],
            [0, -89.999],
            [180, -89.999],
            [-180, -89.999],
          ],
          [
            [-180, -70],
            [0, -65],
            [180, -70],
            [-180, -70],
          ],
        ],
      ],
    };
    const cut = cutPolygonsAtAntimeridian(cap);
    const lats = cut.coordinates.flatMap((p) => p[0]!.map((q) => q[1]!));
    expect(Math.max(...lats)).toBe(-65);
    expect(Math.min(...lats)).toBe(-90);
    expect(cut.coordinates.every((p) => p.length === 1)).toBe(true);
  });
});

describe('cutLinesAtAntimeridian', () => {
  it('breaks a line where it jumps across ±180', () => {
    const cut = cutLinesAtAntimeridian({
      type: 'MultiLineString',
      coordinates: [
        [
          [178, 60],
          [179.9, 61],
          [-179.9, 62],
          [-178, 63],
        ],
      ],
    });
    expect(cut.coordinates).toEqual([
      [
        [178, 60],
        [179.9, 61],
      ],
      [
        [-179.9, 62],
        [-178, 63],
      ],
    ]);
  });
});
