import { describe, expect, it } from 'vitest';
import type { CorridorCollection, CorridorFeature } from '../../../../src/analytics/corridors/types.ts';
import {
  editGeometry,
  editToCollection,
  replaceCorridor,
  startEdit,
} from '../../../../src/app/corridors/corridor-edit.ts';
import { moveVertex } from '../../../../src/app/corridors/vertex-edit.ts';
import { validateCorridorCollection } from '../../../../src/ingest/corridor-file.ts';

const square: CorridorFeature = {
  type: 'Feature',
  properties: { kind: 'fuel', name: 'Square', source: 'test' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [-60, 0],
        [-58, 0],
        [-58, 2],
        [-60, 2],
        [-60, 0],
      ],
    ],
  },
};
const line: CorridorFeature = {
  type: 'Feature',
  properties: { kind: 'drug', name: 'Line' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [-70, 0],
      [-65, 1],
      [-60, 0],
    ],
  },
};
const multi: CorridorFeature = {
  type: 'Feature',
  properties: { kind: 'arms', name: 'Two squares' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      square.geometry.coordinates as number[][][],
      [
        [
          [-50, 0],
          [-49, 0],
          [-49, 1],
          [-50, 1],
          [-50, 0],
        ],
        [
          [-49.8, 0.2],
          [-49.8, 0.8],
          [-49.2, 0.8],
          [-49.8, 0.2],
        ],
      ],
    ],
  },
};

describe('startEdit / editGeometry', () => {
  it('drops the closing vertex of a ring and puts it back on the way out', () => {
    const e = startEdit(square, 3);
    expect(e.index).toBe(3);
    expect(e.parts).toHaveLength(1);
    expect(e.parts[0]!.closed).toBe(true);
    expect(e.parts[0]!.vertices).toHaveLength(4);
    expect(editGeometry(e)).toEqual(square.geometry);
  });

  it('round-trips lines and multipolygons with holes unchanged', () => {
    expect(editGeometry(startEdit(line, 0))).toEqual(line.geometry);
    const e = startEdit(multi, 1);
    expect(e.parts.map((p) => p.vertices.length)).toEqual([4, 4, 3]);
    expect(e.layout.ringsPerPolygon).toEqual([1, 2]);
    expect(editGeometry(e)).toEqual(multi.geometry);
  });

  it('moving the first vertex of a ring moves its closing vertex too', () => {
    const e = moveVertex(startEdit(square, 0), { part: 0, vertex: 0 }, [-60.5, -0.5]);
    const ring = (editGeometry(e) as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring[0]).toEqual([-60.5, -0.5]);
    expect(ring[ring.length - 1]).toEqual([-60.5, -0.5]);
  });
});

describe('an edit meets the corridor file checks', () => {
  it('refuses an edit that makes a polygon cross itself, with the file message', () => {
    // Dragging (-60, 0) east past the right edge makes the closing edge cross it.
    const e = moveVertex(startEdit(square, 0), { part: 0, vertex: 0 }, [-57, 1]);
    const result = validateCorridorCollection(editToCollection(e), 'edited');
    expect(result.collection?.features).toHaveLength(0);
    expect(result.errors.map((i) => i.code)).toEqual(['self_intersection']);
    expect(result.errors[0]!.message).toMatch(/crosses itself near/);
  });

  it('fixes and reports a ring turned clockwise by the edit', () => {
    // Mirror the square's vertices so the ring runs clockwise.
    let e = startEdit(square, 0);
    e = moveVertex(e, { part: 0, vertex: 1 }, [-60, 2]);
    e = moveVertex(e, { part: 0, vertex: 3 }, [-58, 0]);
    const result = validateCorridorCollection(editToCollection(e), 'edited');
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((i) => i.code)).toContain('winding_fixed');
    const fixed = result.collection!.features[0]!.geometry as { coordinates: number[][][] };
    expect(fixed.coordinates[0]!.slice(0, 4)).toEqual([
      [-60, 0],
      [-58, 0],
      [-58, 2],
      [-60, 2],
    ]);
    expect(result.collection!.features[0]!.properties).toEqual(square.properties);
  });
});

describe('replaceCorridor', () => {
  it('replaces one feature in a new collection and keeps the illustrative flag', () => {
    const base: CorridorCollection = {
      type: 'FeatureCollection',
      features: [line, square],
      illustrative: true,
    };
    const out = replaceCorridor(base, 1, multi);
    expect(out).not.toBe(base);
    expect(out.features).toEqual([line, multi]);
    expect(out.illustrative).toBe(true);
    expect(base.features[1]).toBe(square);
  });
});
