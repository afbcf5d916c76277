import { describe, expect, it } from 'vitest';
import type { CorridorFeature } from '../../../../src/analytics/corridors/types.ts';
import { type CorridorEdit, startEdit } from '../../../../src/app/corridors/corridor-edit.ts';
import {
  canDeleteVertex,
  checkpoint,
  deleteVertex,
  edgeMidpoint,
  insertVertex,
  midpointAfter,
  moveVertex,
  nudgeVertex,
  selectVertex,
  stepSelection,
  toVertex,
  undoEdit,
  vertexOrdinal,
} from '../../../../src/app/corridors/vertex-edit.ts';

const line: CorridorFeature = {
  type: 'Feature',
  properties: { kind: 'drug', name: 'Line' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [-70, 0],
      [-66, 2],
      [-60, 0],
    ],
  },
};
const triangle: CorridorFeature = {
  type: 'Feature',
  properties: { kind: 'fuel', name: 'Triangle' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [4, 0],
        [2, 2],
        [0, 0],
      ],
    ],
  },
};
const verticesOf = (e: CorridorEdit, part = 0) => e.parts[part]!.vertices.map((v) => [...v]);

describe('moveVertex', () => {
  it('moves one vertex, selects it and records an undo step, without mutating the edit', () => {
    const e = startEdit(line, 0);
    const m = moveVertex(e, { part: 0, vertex: 1 }, [-65, 3]);
    expect(verticesOf(m)).toEqual([
      [-70, 0],
      [-65, 3],
      [-60, 0],
    ]);
    expect(m.selected).toEqual({ part: 0, vertex: 1 });
    expect(m.history).toHaveLength(1);
    expect(verticesOf(e)[1]).toEqual([-66, 2]);
    expect(e.history).toHaveLength(0);
  });

  it('moves without recording during a drag, so one drag is one undo step', () => {
    let e = checkpoint(startEdit(line, 0));
    for (const x of [-65.5, -65, -64.5]) e = moveVertex(e, { part: 0, vertex: 1 }, [x, 2], false);
    expect(e.history).toHaveLength(1);
    expect(verticesOf(undoEdit(e))[1]).toEqual([-66, 2]);
  });

  it('wraps longitudes and clamps latitudes into range', () => {
    expect(toVertex([181, 95])).toEqual([-179, 90]);
    expect(toVertex([-190, -100])).toEqual([170, -90]);
    const m = moveVertex(startEdit(line, 0), { part: 0, vertex: 0 }, [200, 0]);
    expect(verticesOf(m)[0]).toEqual([-160, 0]);
  });

  it('ignores a vertex that does not exist', () => {
    const e = startEdit(line, 0);
    expect(moveVertex(e, { part: 0, vertex: 7 }, [0, 0])).toBe(e);
    expect(moveVertex(e, { part: 2, vertex: 0 }, [0, 0])).toBe(e);
  });
});

describe('nudgeVertex', () => {
  it('moves the vertex by a step in degrees', () => {
    const m = nudgeVertex(startEdit(line, 0), { part: 0, vertex: 2 }, 0.5, -0.25);
    expect(verticesOf(m)[2]).toEqual([-59.5, -0.25]);
  });
});

describe('insertVertex and midpoints', () => {
  it('inserts after a vertex and selects the new one', () => {
    const e = startEdit(line, 0);
    const at = midpointAfter(e, 0, 0)!;
    expect(at).toEqual([-68, 1]);
    const m = insertVertex(e, 0, 0, at);
    expect(verticesOf(m)).toEqual([
      [-70, 0],
      [-68, 1],
      [-66, 2],
      [-60, 0],
    ]);
    expect(m.selected).toEqual({ part: 0, vertex: 1 });
    expect(m.history).toHaveLength(1);
  });

  it('has a closing-edge midpoint for a ring but none after the last vertex of a line', () => {
    expect(midpointAfter(startEdit(line, 0), 0, 2)).toBeNull();
    const t = startEdit(triangle, 0);
    expect(midpointAfter(t, 0, 2)).toEqual([1, 1]);
    const m = insertVertex(t, 0, 2, [1, 1]);
    expect(verticesOf(m)).toEqual([
      [0, 0],
      [4, 0],
      [2, 2],
      [1, 1],
    ]);
    expect(insertVertex(startEdit(line, 0), 0, 2, [0, 0]).parts).toEqual(startEdit(line, 0).parts);
  });

  it('takes the short way across the antimeridian', () => {
    expect(edgeMidpoint([179, 0], [-179, 2])).toEqual([180, 1]);
    expect(edgeMidpoint([-178, 0], [178, 0])).toEqual([-180, 0]);
  });
});

describe('deleteVertex', () => {
  it('removes a vertex and selects the one before it', () => {
    const m = deleteVertex(startEdit(line, 0), { part: 0, vertex: 1 });
    expect(verticesOf(m)).toEqual([
      [-70, 0],
      [-60, 0],
    ]);
    expect(m.selected).toEqual({ part: 0, vertex: 0 });
  });

  it('refuses to leave a line with one vertex or a ring with two', () => {
    const twoPoint = deleteVertex(startEdit(line, 0), { part: 0, vertex: 1 });
    expect(canDeleteVertex(twoPoint, { part: 0, vertex: 0 })).toBe(false);
    expect(deleteVertex(twoPoint, { part: 0, vertex: 0 })).toBe(twoPoint);
    const t = startEdit(triangle, 0);
    expect(canDeleteVertex(t, { part: 0, vertex: 1 })).toBe(false);
    expect(deleteVertex(t, { part: 0, vertex: 1 })).toBe(t);
  });
});

describe('selection and undo', () => {
  it('steps through every vertex of every part and wraps around', () => {
    let e = startEdit(line, 0);
    e = stepSelection(e, 1);
    expect(e.selected).toEqual({ part: 0, vertex: 0 });
    e = stepSelection(stepSelection(e, 1), 1);
    expect(e.selected).toEqual({ part: 0, vertex: 2 });
    expect(stepSelection(e, 1).selected).toEqual({ part: 0, vertex: 0 });
    expect(stepSelection(startEdit(line, 0), -1).selected).toEqual({ part: 0, vertex: 2 });
    expect(vertexOrdinal(e, e.selected!)).toBe(3);
  });

  it('selects only existing vertices', () => {
    const e = startEdit(line, 0);
    expect(selectVertex(e, { part: 0, vertex: 5 })).toBe(e);
    expect(selectVertex(e, { part: 0, vertex: 1 }).selected).toEqual({ part: 0, vertex: 1 });
  });

  it('undoes changes one at a time back to the start, dropping a selection that no longer exists', () => {
    const e0 = startEdit(line, 0);
    const e1 = insertVertex(e0, 0, 1, [-63, 1]);
    const e2 = moveVertex(e1, { part: 0, vertex: 3 }, [-59, 1]);
    const back1 = undoEdit(e2);
    expect(back1.parts).toEqual(e1.parts);
    const back0 = undoEdit(back1);
    expect(back0.parts).toEqual(e0.parts);
    expect(back0.selected).toBeNull();
    expect(undoEdit(back0)).toBe(back0);
  });
});
