import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { CORRIDOR_COLORS } from '../../layers/corridors-layer.ts';
import type { CorridorEdit, Vertex } from './corridor-edit.ts';
import { midpointAfter } from './vertex-edit.ts';

/** Layer id of the vertex handles (the map's drag handler picks from it). */
export const VERTEX_HANDLES_LAYER = 'corridor-edit-vertices';
/** Layer id of the midpoint handles: a click or drag there inserts a vertex. */
export const MIDPOINT_HANDLES_LAYER = 'corridor-edit-midpoints';

/** One vertex handle. */
export interface VertexHandle {
  position: Vertex;
  part: number;
  vertex: number;
  selected: boolean;
}

/** One midpoint handle: between vertex `after` and the next one of part `part`. */
export interface MidpointHandle {
  position: Vertex;
  part: number;
  after: number;
}

/** Vertex handles of an edit, the selected one flagged. Pure. */
export function toVertexHandles(edit: CorridorEdit): VertexHandle[] {
  const s = edit.selected;
  return edit.parts.flatMap((p, part) =>
    p.vertices.map((position, vertex) => ({
      position,
      part,
      vertex,
      selected: s !== null && s.part === part && s.vertex === vertex,
    })),
  );
}

/** Midpoint handles of an edit: one per edge, a ring's closing edge included. Pure. */
export function toMidpointHandles(edit: CorridorEdit): MidpointHandle[] {
  const out: MidpointHandle[] = [];
  edit.parts.forEach((p, part) => {
    for (let after = 0; after < p.vertices.length; after++) {
      const position = midpointAfter(edit, part, after);
      if (position) out.push({ position, part, after });
    }
  });
  return out;
}

/** The edited lines as paths, rings closed back to their first vertex. Pure. */
export function toEditPaths(edit: CorridorEdit): Vertex[][] {
  return edit.parts
    .filter((p) => p.vertices.length > 1)
    .map((p) => (p.closed ? [...p.vertices, p.vertices[0]!] : [...p.vertices]));
}

/**
 * The corridor being edited: its path in the kind's colour, vertex handles (white, the
 * selected one filled with the kind's colour and larger) and smaller midpoint handles. Handles
 * are pickable so the map can drag them. A handful of points, so plain objects.
 */
export function editLayers(edit: CorridorEdit): Layer[] {
  const [r, g, b] = CORRIDOR_COLORS[edit.original.properties.kind] ?? CORRIDOR_COLORS.other;
  return [
    new PathLayer<Vertex[]>({
      id: 'corridor-edit-path',
      data: toEditPaths(edit),
      getPath: (p) => p as [number, number][],
      getColor: [r, g, b, 240],
      widthUnits: 'pixels',
      getWidth: 3,
    }),
    new ScatterplotLayer<MidpointHandle>({
      id: MIDPOINT_HANDLES_LAYER,
      data: toMidpointHandles(edit),
      getPosition: (h) => h.position as [number, number],
      radiusUnits: 'pixels',
      getRadius: 4,
      getFillColor: [255, 255, 255, 170],
      stroked: true,
      getLineColor: [r, g, b, 200],
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      pickable: true,
    }),
    new ScatterplotLayer<VertexHandle>({
      id: VERTEX_HANDLES_LAYER,
      data: toVertexHandles(edit),
      getPosition: (h) => h.position as [number, number],
      radiusUnits: 'pixels',
      getRadius: (h) => (h.selected ? 8 : 6),
      getFillColor: (h) => (h.selected ? [r, g, b, 255] : [255, 255, 255, 255]),
      stroked: true,
      getLineColor: (h) => (h.selected ? [255, 255, 255, 255] : [r, g, b, 255]),
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
      pickable: true,
    }),
  ];
}
