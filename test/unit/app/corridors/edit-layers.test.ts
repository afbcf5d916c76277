import { describe, expect, it } from 'vitest';
import type { CorridorFeature } from '../../../../src/analytics/corridors/types.ts';
import { startEdit } from '../../../../src/app/corridors/corridor-edit.ts';
import {
  editLayers,
  MIDPOINT_HANDLES_LAYER,
  toEditPaths,
  toMidpointHandles,
  toVertexHandles,
  VERTEX_HANDLES_LAYER,
} from '../../../../src/app/corridors/edit-layers.ts';
import { selectVertex } from '../../../../src/app/corridors/vertex-edit.ts';

const square: CorridorFeature = {
  type: 'Feature',
  properties: { kind: 'fuel', name: 'Square' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ],
  },
};
const line: CorridorFeature = {
  type: 'Feature',
  properties: { kind: 'drug', name: 'Line' },
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [0, 0],
        [2, 0],
      ],
      [
        [5, 5],
        [6, 6],
        [7, 5],
      ],
    ],
  },
};

describe('edit handles', () => {
  it('has one vertex handle per vertex, the selected one flagged', () => {
    const e = selectVertex(startEdit(square, 0), { part: 0, vertex: 2 });
    const handles = toVertexHandles(e);
    expect(handles.map((h) => h.position)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
    expect(handles.filter((h) => h.selected).map((h) => h.vertex)).toEqual([2]);
  });

  it('has a midpoint handle on every edge, a ring closing edge included', () => {
    expect(toMidpointHandles(startEdit(square, 0)).map((h) => [h.after, ...h.position])).toEqual([
      [0, 1, 0],
      [1, 2, 1],
      [2, 1, 2],
      [3, 0, 1],
    ]);
    const m = toMidpointHandles(startEdit(line, 0));
    expect(m.map((h) => [h.part, h.after])).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
  });

  it('draws rings closed and lines open', () => {
    expect(toEditPaths(startEdit(square, 0))[0]).toHaveLength(5);
    expect(toEditPaths(startEdit(line, 0)).map((p) => p.length)).toEqual([2, 3]);
  });

  it('makes both handle layers pickable under the ids the drag handler picks from', () => {
    const layers = editLayers(startEdit(square, 0));
    const byId = new Map(layers.map((l) => [l.id, l]));
    expect(byId.get(VERTEX_HANDLES_LAYER)?.props.pickable).toBe(true);
    expect(byId.get(MIDPOINT_HANDLES_LAYER)?.props.pickable).toBe(true);
    expect(byId.get(VERTEX_HANDLES_LAYER)?.props.data).toHaveLength(4);
  });
});
