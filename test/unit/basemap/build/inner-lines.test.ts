import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { chainSegments, innerLinesByGroup } from '../../../../src/basemap/build/inner-lines.ts';

const square = (x: number, y: number, size = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

/** A line as a canonical string, independent of direction. */
const canon = (line: Position[]) => {
  const a = line.map((p) => p.join(',')).join(' ');
  const b = [...line]
    .reverse()
    .map((p) => p.join(','))
    .join(' ');
  return [a, b].sort()[0];
};

describe('innerLinesByGroup', () => {
  // Country A: two provinces side by side, sharing the edge x = 1. Country B: a province east
  // of them sharing x = 2 with A's second province (an international border).
  const shapes = [
    { group: 'A', geometry: square(0, 0) },
    { group: 'A', geometry: square(1, 0) },
    { group: 'B', geometry: square(2, 0) },
  ];

  it('keeps only edges shared by two shapes of the same group', () => {
    const lines = innerLinesByGroup(shapes);
    expect([...lines.keys()]).toEqual(['A']);
    expect(lines.get('A')!.map(canon)).toEqual(['1,0 1,1']);
  });

  it('returns a province enclosed by another as a closed line', () => {
    const outer: Polygon = {
      type: 'Polygon',
      coordinates: [square(0, 0, 3).coordinates[0]!, [...square(1, 1).coordinates[0]!].reverse()],
    };
    const lines = innerLinesByGroup([
      { group: 'C', geometry: outer },
      { group: 'C', geometry: square(1, 1) },
    ]);
    const [ring] = lines.get('C')!;
    expect(ring!.length).toBe(5);
    expect(ring![0]).toEqual(ring![4]);
  });

  it('gives the same lines whatever the order of the shapes', () => {
    const a = innerLinesByGroup(shapes).get('A')!.map(canon);
    const b = innerLinesByGroup([...shapes].reverse())
      .get('A')!
      .map(canon);
    expect(b).toEqual(a);
  });
});

describe('chainSegments', () => {
  it('joins segments into lines broken at junctions of three', () => {
    // A T: a stem from (1,0) up to (1,1), where a bar from (0,1) to (2,1) crosses.
    const lines = chainSegments([
      [
        [1, 0],
        [1, 0.5],
      ],
      [
        [1, 0.5],
        [1, 1],
      ],
      [
        [0, 1],
        [1, 1],
      ],
      [
        [1, 1],
        [2, 1],
      ],
    ]);
    expect(lines.map(canon).sort()).toEqual(['0,1 1,1', '1,0 1,0.5 1,1', '1,1 2,1']);
  });
});
