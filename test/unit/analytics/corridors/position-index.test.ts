import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellRanges } from '../../../../src/analytics/corridors/cell-ranges.ts';
import {
  buildPositionIndex,
  gridColumn,
  gridRow,
  searchBox,
} from '../../../../src/analytics/corridors/position-index.ts';

/** Groups of row indices by exact position, as sorted strings, for comparing groupings. */
function groups(lon: number[], lat: number[]): string[] {
  const byPos = new Map<string, number[]>();
  lon.forEach((x, r) => {
    const y = lat[r]!;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) return;
    const k = `${x + 0},${y + 0}`;
    byPos.set(k, [...(byPos.get(k) ?? []), r]);
  });
  return [...byPos.entries()].map(([k, rows]) => `${k}:${rows.sort((a, b) => a - b).join(',')}`).sort();
}

function indexGroups(lon: number[], lat: number[]): string[] {
  const pos = buildPositionIndex(Float64Array.from(lon), Float64Array.from(lat));
  const out: string[] = [];
  for (let p = 0; p < pos.count; p++) {
    const rows = [...pos.rows.subarray(pos.rowStart[p]!, pos.rowStart[p + 1]!)].sort((a, b) => a - b);
    out.push(`${pos.lon[p]},${pos.lat[p]}:${rows.join(',')}`);
  }
  return out.sort();
}

// Grid cell centres (as the proximity query makes them), a few off-grid values that share
// cells, the edges of the world, -0, and unusable values.
const cellCentre = fc
  .tuple(fc.integer({ min: -18000, max: 17999 }), fc.integer({ min: -9000, max: 8999 }))
  .map(([i, j]): [number, number] => [(i + 0.5) * 0.01, (j + 0.5) * 0.01]);
const nearby = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))
  .map(([i, j]): [number, number] => [-70 + i * 0.003, 5 + j * 0.003]);
const special = fc.constantFrom<[number, number]>(
  [180, 90],
  [-180, -90],
  [-0, 0],
  [0, -0],
  [Number.NaN, 1],
  [1, Number.POSITIVE_INFINITY],
  [181, 0],
  [0, -91],
);
const point = fc.oneof(cellCentre, nearby, special);

describe('buildPositionIndex', () => {
  it('groups rows by exact position, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 300 }), (pts) => {
        const lon = pts.map((p) => p[0]);
        const lat = pts.map((p) => p[1]);
        expect(indexGroups(lon, lat)).toEqual(groups(lon, lat));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('orders positions by grid cell, then lon, then lat', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cellCentre, nearby), { maxLength: 300 }), (pts) => {
        const pos = buildPositionIndex(
          Float64Array.from(pts, (p) => p[0]),
          Float64Array.from(pts, (p) => p[1]),
        );
        for (let p = 1; p < pos.count; p++) {
          const a = [pos.cellKey[p - 1]!, pos.lon[p - 1]!, pos.lat[p - 1]!];
          const b = [pos.cellKey[p]!, pos.lon[p]!, pos.lat[p]!];
          const less =
            a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!)));
          expect(less).toBe(true);
          expect(pos.cellKey[p]).toBe(gridColumn(pos.lon[p]!) * 18001 + gridRow(pos.lat[p]!));
        }
      }),
      { numRuns: 100, seed: 12 },
    );
  });
});

describe('searchBox', () => {
  it('finds exactly the positions inside a box, edges included', () => {
    const box = fc
      .tuple(
        fc.double({ min: -181, max: 181, noNaN: true }),
        fc.double({ min: -91, max: 91, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
      )
      .map(([x, y, w, h]) => [x, y, x + w, y + h] as const);
    fc.assert(
      fc.property(fc.array(fc.oneof(cellCentre, nearby, special), { maxLength: 200 }), box, (pts, b) => {
        const pos = buildPositionIndex(
          Float64Array.from(pts, (p) => p[0]),
          Float64Array.from(pts, (p) => p[1]),
        );
        const got: number[] = [];
        searchBox(pos, b[0], b[1], b[2], b[3], (p) => got.push(p));
        const expected: number[] = [];
        for (let p = 0; p < pos.count; p++) {
          const x = pos.lon[p]!;
          const y = pos.lat[p]!;
          if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) expected.push(p);
        }
        expect(got.sort((a, c) => a - c)).toEqual(expected);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('finds a point lying exactly on a box edge and at the cell boundary', () => {
    const pos = buildPositionIndex(Float64Array.from([-70, -69.995, 180]), Float64Array.from([5, 5.005, 90]));
    const found: number[] = [];
    searchBox(pos, -70, 5, -70, 5, (p) => found.push(p));
    expect(found.map((p) => pos.lon[p])).toEqual([-70]);
    searchBox(pos, 179.99, 89.99, 180, 90, (p) => found.push(p));
    expect(found.map((p) => pos.lon[p])).toEqual([-70, 180]);
  });
});

describe('CellRanges', () => {
  it('visits every position of every added box once, and is empty after a scan', () => {
    const box = fc
      .tuple(
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ min: -95, max: 95, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
      )
      .map(([x, y, w, h]) => [x, y, x + w, y + h] as const);
    const ranges = new CellRanges();
    fc.assert(
      fc.property(
        fc.array(fc.oneof(cellCentre, nearby, special), { maxLength: 200 }),
        fc.array(box, { minLength: 1, maxLength: 5 }),
        (pts, boxes) => {
          const pos = buildPositionIndex(
            Float64Array.from(pts, (p) => p[0]),
            Float64Array.from(pts, (p) => p[1]),
          );
          for (const b of boxes) ranges.addWrapped(b[0], b[1], b[2], b[3]);
          const visits = new Map<number, number>();
          ranges.scan(pos, (p) => visits.set(p, (visits.get(p) ?? 0) + 1));
          expect([...visits.values()].every((n) => n === 1)).toBe(true);
          for (let p = 0; p < pos.count; p++) {
            const x = pos.lon[p]!;
            const y = pos.lat[p]!;
            const inBox = boxes.some((b) => {
              if (y < b[1] || y > b[3]) return false;
              if (b[2] - b[0] >= 360) return true;
              return [x, x + 360, x - 360].some((xx) => xx >= b[0] && xx <= b[2]);
            });
            if (inBox) expect(visits.has(p)).toBe(true);
          }
          let after = 0;
          ranges.scan(pos, () => after++);
          expect(after).toBe(0);
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });
});
