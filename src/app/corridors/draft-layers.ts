import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { CORRIDOR_COLORS } from '../../layers/corridors-layer.ts';
import type { DraftCorridor } from './draft-corridor.ts';

/**
 * The corridor being drawn: its path (closed back to the first vertex for a polygon) dashed
 * in the kind's colour, and its vertices as white dots. A handful of points, so plain objects.
 */
export function draftLayers(draft: DraftCorridor): Layer[] {
  const [r, g, b] = CORRIDOR_COLORS[draft.kind];
  const vertices = draft.vertices.map(([x, y]) => [x, y] as [number, number]);
  const path = draft.shape === 'polygon' && vertices.length > 2 ? [...vertices, vertices[0]!] : vertices;
  return [
    new PathLayer<[number, number][]>({
      id: 'corridor-draft-path',
      data: path.length > 1 ? [path] : [],
      getPath: (p) => p,
      getColor: [r, g, b, 230],
      widthUnits: 'pixels',
      getWidth: 3,
    }),
    new ScatterplotLayer<[number, number]>({
      id: 'corridor-draft-vertices',
      data: vertices,
      getPosition: (p) => p,
      radiusUnits: 'pixels',
      getRadius: 5,
      getFillColor: [255, 255, 255, 255],
      stroked: true,
      getLineColor: [r, g, b, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
    }),
  ];
}
