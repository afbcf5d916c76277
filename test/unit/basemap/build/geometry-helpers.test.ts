import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPointOf } from '../../../../src/basemap/build/label-point.ts';
import { minZoomForArea } from '../../../../src/basemap/build/label-zoom.ts';
import { roundLines, roundPolygonal, roundTo } from '../../../../src/basemap/build/round-geometry.ts';
import { splitPartsByBox } from '../../../../src/basemap/build/split-by-box.ts';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('roundTo / roundPolygonal / roundLines', () => {
  it('rounds and never writes -0', () => {
    expect(roundTo(1.23456, 3)).toBe(1.235);
    expect(Object.is(roundTo(-0.0001, 3), 0)).toBe(true);
  });

  it('drops duplicate positions and collapsed polygons', () => {
    const rounded = roundPolygonal(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1.00001, 0.00001],
              [1, 1],
              [0, 1],
              [0, 0],
            ],
          ],
          square(5, 5, 0.0001),
        ],
      },
      3,
    );
    expect(rounded?.coordinates).toEqual([square(0, 0, 1)]);
    expect(roundPolygonal({ type: 'Polygon', coordinates: square(0, 0, 0.0001) }, 3)).toBeNull();
  });

  it('drops lines left with one position', () => {
    const lines = roundLines(
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [0.00001, 0],
          ],
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
      3,
    );
    expect(lines?.coordinates).toEqual([
      [
        [0, 0],
        [1, 1],
      ],
    ]);
  });
});

describe('splitPartsByBox', () => {
  it('moves only the polygons lying wholly inside the box', () => {
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(0, 40, 5), square(-53, 3, 1), square(-51, 3, 2)],
    };
    const { inside, outside } = splitPartsByBox(geometry, [-52, 0, -40, 10]);
    expect(inside?.coordinates).toEqual([square(-51, 3, 2)]);
    expect(outside?.coordinates).toEqual([square(0, 40, 5), square(-53, 3, 1)]);
    expect(splitPartsByBox(geometry, [100, 0, 110, 10]).inside).toBeNull();
  });
});

describe('labelPointOf', () => {
  it('places the label inside a C-shaped country, where the centroid would fall outside', () => {
    // A "C": the bbox centre (5, 5) is in the notch.
    const c: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [10, 0],
            [10, 3],
            [3, 3],
            [3, 7],
            [10, 7],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
        ],
      ],
    };
    const [x, y] = labelPointOf(c)!;
    const inNotch = x > 3 && y > 3 && y < 7;
    expect(inNotch).toBe(false);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(10);
  });

  it('uses the largest polygon of an archipelago', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 1), square(20, 0, 4)] };
    const [x, y] = labelPointOf(geometry)!;
    expect(x).toBeCloseTo(22, 0);
    expect(y).toBeCloseTo(2, 0);
  });
});

describe('minZoomForArea', () => {
  it.each([
    [8_500_000, false, 1],
    [1_100_000, true, 1.5],
    [250_000, false, 3],
    [27_000, true, 3.5],
    [300, false, 6],
  ])('area %d km², focus %s → zoom %d', (area, focus, zoom) => {
    expect(minZoomForArea(area, focus)).toBe(zoom);
  });
});
