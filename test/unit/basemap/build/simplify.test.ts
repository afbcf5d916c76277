import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { simplifyLine } from '../../../../src/basemap/build/simplify-line.ts';
import { simplifyTopology } from '../../../../src/basemap/build/simplify-topology.ts';

describe('simplifyLine', () => {
  it('drops points closer than the tolerance and keeps both ends', () => {
    const line = [
      [0, 0],
      [1, 0.01],
      [2, -0.01],
      [3, 0],
    ] as const;
    expect(simplifyLine(line, 0.1)).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('keeps a point farther than the tolerance', () => {
    const line = [
      [0, 0],
      [1, 0.49],
      [2, 1],
      [3, 0],
    ] as const;
    expect(simplifyLine(line, 0.1)).toEqual([
      [0, 0],
      [2, 1],
      [3, 0],
    ]);
  });
});

/** Two unit squares sharing the edge x = 1, the shared arc wiggling slightly; quantized like world-atlas. */
const TOPOLOGY: Topology<{ countries: GeometryCollection }> = {
  type: 'Topology',
  transform: { scale: [0.001, 0.001], translate: [0, 0] },
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '001', arcs: [[0, 1]] },
        { type: 'Polygon', id: '002', arcs: [[-1, 2]] },
      ],
    },
  },
  arcs: [
    // shared edge from (1,0) up to (1,1), with a 0.002° wiggle at (1.002, 0.5)
    [
      [1000, 0],
      [2, 500],
      [-2, 500],
    ],
    // left square: (1,1) → (0,1) → (0,0) → (1,0)
    [
      [1000, 1000],
      [-1000, 0],
      [0, -1000],
      [1000, 0],
    ],
    // right square: (1,0) → (2,0) → (2,1) → (1,1)
    [
      [1000, 0],
      [1000, 0],
      [0, 1000],
      [-1000, 0],
    ],
  ],
};

describe('simplifyTopology', () => {
  it('decodes quantized arcs and simplifies the shared border once for both neighbours', () => {
    const simple = simplifyTopology(TOPOLOGY, 0.01);
    expect(simple.transform).toBeUndefined();
    expect(simple.arcs[0]).toEqual([
      [1, 0],
      [1, 1],
    ]);
    const [left, right] = simple.objects.countries.geometries.map((g) => feature(simple, g));
    const ring = (f: typeof left) =>
      f && 'geometry' in f && f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]! : [];
    const onBorder = (coords: number[][]) =>
      [...new Set(coords.filter((p) => p[0]! > 0.5 && p[0]! < 1.5).map((p) => `${p[0]},${p[1]}`))].sort();
    expect(onBorder(ring(left))).toEqual(['1,0', '1,1']);
    expect(onBorder(ring(right))).toEqual(['1,0', '1,1']);
  });

  it('keeps the wiggle when the tolerance is smaller than it', () => {
    const simple = simplifyTopology(TOPOLOGY, 0.001);
    expect(simple.arcs[0]?.length).toBe(3);
  });
});
